#!/usr/bin/env python3
"""Write questions.jsonl and check every expected answer against the film's documents.

Each entry: (slug, cat, q, pass_film, spec). pass_film adds "film" to the case; otherwise
the question itself names the film. Run from anywhere: python3 tools/make_questions.py
"""
import json, re, sys, pathlib, unicodedata, tomllib

HERE = pathlib.Path(__file__).resolve().parent.parent
CORPUS = HERE / "corpus"
N = None  # marker for unanswerable

Q = [
# ---------------- Rear Window ----------------
("rear-window", "cast", "who plays lisa in rear window", 0, {"any": ["Grace Kelly"]}),
("rear-window", "cast", "whos the killer played by", 1, {"any": ["Raymond Burr"]}),
("rear-window", "cast", "who played stella", 1, {"any": ["Thelma Ritter"]}),
("rear-window", "cast", "whos in rear windw", 0, {"all": ["Stewart", "Kelly"]}),
("rear-window", "crew", "who did the music for rear window", 0, {"any": ["Franz Waxman", "Waxman"]}),
("rear-window", "crew", "who wrote the screenplay", 1, {"any": ["John Michael Hayes"]}),
("rear-window", "crew", "who edited rear window", 0, {"any": ["George Tomasini", "Tomasini"]}),
("rear-window", "crew", "what story is it based on", 1, {"any": ["It Had to Be Murder", "Cornell Woolrich", "Woolrich"]}),
("rear-window", "plot", "why is jeff stuck in a wheelchair", 1, {"any": ["broken leg", "broke his leg", "leg in a cast", "cast", "broken"]}),
("rear-window", "plot", "how does rear window end", 0, {"any": ["both legs", "Harper's Bazaar", "confesses", "out of the window", "flashbulb"]}),
("rear-window", "plot", "how does lisa prove thorwald did it", 1, {"any": ["wedding ring", "ring"]}),
("rear-window", "plot", "what happens to the neighbours dog in rear window", 0, {"any": ["neck broken", "killed", "dead", "found dead"]}),
("rear-window", "awards", "did rear window win any oscars", 0, {"any": ["nominat", "lost", "zero"]}),
("rear-window", "awards", "what was it nominated for at the oscars", 1, {"all": ["Director", "Screenplay", "Cinematography", "Sound"]}),
("rear-window", "awards", "did grace kelly win anything for it", 1, {"any": ["New York Film Critics Circle", "Best Actress"]}),
("rear-window", "critics", "was rear window any good", 0, {"any": ["Stallworth", "Evening Ledger", "absorbing", "not be missed", "perfectly built"]}),
("rear-window", "critics", "what did the evening ledger think of it", 1, {"any": ["absorbing", "should not be missed", "best acting", "marvel", "expertly made"]}),
("rear-window", "critics", "did howard stallworth like rear window", 0, {"any": ["absorbing", "not be missed", "expertly made"]}),
("rear-window", "facts", "how long is rear window", 0, {"any": ["112", "114"]}),
("rear-window", "facts", "what was the budget", 1, {"any": ["$1 million", "1 million", "million dollars"]}),
("rear-window", "facts", "where is hitchcocks cameo", 1, {"any": ["clock", "songwriter"]}),
("rear-window", "facts", "where was rear window filmed", 0, {"any": ["Stage 18", "Paramount"]}),
("rear-window", "unanswerable", "how many takes did the flashbulb scene need", 1, N),
("rear-window", "unanswerable", "what did rear window make on its opening weekend", 0, N),
("rear-window", "unanswerable", "what did roger ebert give rear window", 0, N),
("rear-window", "unanswerable", "who played jeff in the 1998 remake", 1, N),
# ---------------- Back to the Future Part II ----------------
("back-to-the-future-part-ii", "cast", "who plays doc brown in back to the future 2", 0, {"any": ["Christopher Lloyd"]}),
("back-to-the-future-part-ii", "cast", "who played jennifer in bttf2", 0, {"any": ["Elisabeth Shue", "Shue"]}),
("back-to-the-future-part-ii", "cast", "who plays george mcfly in part 2", 1, {"any": ["Jeffrey Weissman", "Weissman"]}),
("back-to-the-future-part-ii", "cast", "who does thomas f wilson play", 1, {"any": ["Biff", "Griff"]}),
("back-to-the-future-part-ii", "cast", "is elijah wood in it", 1, {"any": ["Cafe 80", "boy", "kid", "arcade"]}),
("back-to-the-future-part-ii", "crew", "who directed back to the future part ii", 0, {"any": ["Robert Zemeckis", "Zemeckis"]}),
("back-to-the-future-part-ii", "crew", "who wrote it", 1, {"any": ["Bob Gale"]}),
("back-to-the-future-part-ii", "crew", "who did the music", 1, {"any": ["Alan Silvestri", "Silvestri"]}),
("back-to-the-future-part-ii", "crew", "who was the cinematographer on bttf 2", 0, {"any": ["Dean Cundey"]}),
("back-to-the-future-part-ii", "plot", "what does marty buy in 2015", 1, {"any": ["almanac"]}),
("back-to-the-future-part-ii", "plot", "how does biff get rich in back to the future 2", 0, {"any": ["almanac", "betting", "bets"]}),
("back-to-the-future-part-ii", "plot", "how does back to the futur 2 end", 0, {"any": ["1885", "lightning", "Western Union", "To Be Continued", "faints"]}),
("back-to-the-future-part-ii", "awards", "did bttf2 win any oscars", 0, {"any": ["nominat"]}),
("back-to-the-future-part-ii", "awards", "did it win a bafta", 1, {"any": ["Special Visual Effects", "special visual effects"]}),
("back-to-the-future-part-ii", "awards", "what beat it for the visual effects oscar", 1, {"any": ["The Abyss", "Abyss"]}),
("back-to-the-future-part-ii", "critics", "what did rosalind teague give it", 1, {"any": ["three and a half", "3.5", "3½"]}),
("back-to-the-future-part-ii", "critics", "did the projector room like back to the future part 2", 0, {"any": ["4/5", "four stars", "★★★★", "brilliant", "Four"]}),
("back-to-the-future-part-ii", "critics", "what did colm ashdown rate bttf 2", 0, {"any": ["4/5", "four", "★★★★"]}),
("back-to-the-future-part-ii", "critics", "did dev like it", 1, {"any": ["two and a half", "2.5", "frantic", "plot mechanics"]}),
("back-to-the-future-part-ii", "facts", "how much did it cost to make", 1, {"any": ["40 million", "35 million", "thirty-five million"]}),
("back-to-the-future-part-ii", "facts", "how much did back to the future 2 make", 0, {"any": ["332 million", "three hundred million"]}),
("back-to-the-future-part-ii", "facts", "how long is it", 1, {"any": ["108"]}),
("back-to-the-future-part-ii", "facts", "was it filmed at the same time as part 3", 1, {"any": ["back to back", "back-to-back", "same time"]}),
("back-to-the-future-part-ii", "facts", "why isnt crispin glover in bttf2", 0, {"any": ["salary", "dispute", "sued"]}),
("back-to-the-future-part-ii", "unanswerable", "what did roger ebert say about bttf2", 0, N),
("back-to-the-future-part-ii", "unanswerable", "how much did michael j fox get paid for it", 1, N),
("back-to-the-future-part-ii", "unanswerable", "who played biffs grandma", 1, N),
("back-to-the-future-part-ii", "unanswerable", "what song plays at the enchantment under the sea dance in back to the future 2", 0, N),
# ---------------- Cleo from 5 to 7 ----------------
("cleo-from-5-to-7", "cast", "who plays cleo", 1, {"any": ["Corinne Marchand"]}),
("cleo-from-5-to-7", "cast", "who plays the soldier in cleo from 5 to 7", 0, {"any": ["Antoine Bourseiller", "Bourseiller"]}),
("cleo-from-5-to-7", "cast", "who plays the pianist", 1, {"any": ["Michel Legrand"]}),
("cleo-from-5-to-7", "cast", "is godard in cleo de 5 a 7", 0, {"any": ["silent", "Mac Donald", "muet"]}),
("cleo-from-5-to-7", "crew", "who directed cleo from 5 to 7", 0, {"any": ["Agnès Varda", "Varda"]}),
("cleo-from-5-to-7", "crew", "who did the music", 1, {"any": ["Michel Legrand", "Legrand"]}),
("cleo-from-5-to-7", "crew", "who shot it", 1, {"any": ["Jean Rabier"]}),
("cleo-from-5-to-7", "crew", "who was the editor on cleo", 0, {"any": ["Janine Verneau", "Verneau"]}),
("cleo-from-5-to-7", "plot", "what is cleo waiting for", 1, {"any": ["biopsy", "test", "results", "cancer"]}),
("cleo-from-5-to-7", "plot", "what song does she sing in the rehearsal", 1, {"any": ["Sans toi"]}),
("cleo-from-5-to-7", "plot", "who does she meet in the park", 1, {"any": ["Antoine", "soldier"]}),
("cleo-from-5-to-7", "plot", "how does cleo from 5 to 7 end", 0, {"any": ["radiation", "happy", "fear", "two months"]}),
("cleo-from-5-to-7", "awards", "did cleo win anything at cannes", 0, {"any": ["competition", "compétition", "didn't win", "did not win"]}),
("cleo-from-5-to-7", "awards", "where did it rank in the sight and sound poll", 1, {"any": ["fourteen", "14"]}),
("cleo-from-5-to-7", "critics", "what did nadia give cleo", 0, {"any": ["five out of five", "5/5", "five"]}),
("cleo-from-5-to-7", "critics", "did edmund ashby-fairfax like it", 1, {"any": ["most intelligent", "touching", "convincing", "deserves"]}),
("cleo-from-5-to-7", "critics", "what did juniper_reels rate it", 1, {"any": ["★★★★½", "4.5", "four and a half"]}),
("cleo-from-5-to-7", "critics", "was it any good", 1, {"any": ["Ashby-Fairfax", "Paris Courier", "Nadia", "Theo", "juniper_reels", "ozu_and_out", "perfect film", "most intelligent", "★"]}),
("cleo-from-5-to-7", "critics", "what did theo think of cleo from 5 to 7", 0, {"any": ["four out of five", "four", "chilly", "Parc Montsouris"]}),
("cleo-from-5-to-7", "facts", "how long is cleo from 5 to 7", 0, {"any": ["90", "89"]}),
("cleo-from-5-to-7", "facts", "what day does it take place on", 1, {"any": ["21 June", "June 21", "first day of summer", "longest day", "21 juin"]}),
("cleo-from-5-to-7", "facts", "why is it called 5 to 7", 1, {"any": ["lover", "affair", "cinq à sept"]}),
("cleo-from-5-to-7", "facts", "how many chapters is cleo split into", 0, {"any": ["thirteen", "13", "treize"]}),
("cleo-from-5-to-7", "unanswerable", "how old was varda when she made cleo", 0, N),
("cleo-from-5-to-7", "unanswerable", "what was the budget of cleo from 5 to 7", 0, N),
("cleo-from-5-to-7", "unanswerable", "how much did it gross", 1, N),
("cleo-from-5-to-7", "unanswerable", "who plays the doctor", 1, N),
("cleo-from-5-to-7", "unanswerable", "where is corinne marchand from", 1, N),
# ---------------- Wallace & Gromit: The Curse of the Were-Rabbit ----------------
("wallace-and-gromit-were-rabbit", "cast", "who voices wallace in curse of the were rabbit", 0, {"any": ["Peter Sallis"]}),
("wallace-and-gromit-were-rabbit", "cast", "who voices victor", 1, {"any": ["Ralph Fiennes"]}),
("wallace-and-gromit-were-rabbit", "cast", "who plays lady tottington", 1, {"any": ["Helena Bonham Carter"]}),
("wallace-and-gromit-were-rabbit", "cast", "who does peter kay voice", 1, {"any": ["PC Mackintosh", "Mackintosh"]}),
("wallace-and-gromit-were-rabbit", "cast", "who voices gromit in the were-rabbit", 0, {"any": ["not speak", "never says", "silent", "himself", "no voice"]}),
("wallace-and-gromit-were-rabbit", "crew", "who directed the were rabbit", 0, {"all": ["Nick Park", "Steve Box"]}),
("wallace-and-gromit-were-rabbit", "crew", "who did the music for wallace and gromit curse of the wererabbit", 0, {"any": ["Julian Nott"]}),
("wallace-and-gromit-were-rabbit", "crew", "who wrote it", 1, {"any": ["Mark Burton", "Bob Baker", "Steve Box", "Nick Park"]}),
("wallace-and-gromit-were-rabbit", "plot", "who is the were-rabbit", 1, {"any": ["Wallace"]}),
("wallace-and-gromit-were-rabbit", "plot", "whats the name of their pest control business", 1, {"any": ["Anti-Pesto"]}),
("wallace-and-gromit-were-rabbit", "plot", "what brings wallace back at the end", 1, {"any": ["Stinking Bishop", "cheese"]}),
("wallace-and-gromit-were-rabbit", "plot", "whats victors dog called", 1, {"any": ["Philip"]}),
("wallace-and-gromit-were-rabbit", "plot", "how does the curse of the were rabbit end", 0, {"any": ["Golden Carrot", "Stinking Bishop", "bunny costume", "rabbit costume", "bunny suit"]}),
("wallace-and-gromit-were-rabbit", "awards", "did the were-rabbit win an oscar", 0, {"any": ["Animated Feature"]}),
("wallace-and-gromit-were-rabbit", "awards", "did it win a bafta", 1, {"any": ["Best British Film", "Alexander Korda"]}),
("wallace-and-gromit-were-rabbit", "awards", "what did it beat for the oscar", 1, {"any": ["Howl's Moving Castle", "Corpse Bride"]}),
("wallace-and-gromit-were-rabbit", "critics", "what did claymation corner give it", 1, {"any": ["9/10", "nine out of ten", "9"]}),
("wallace-and-gromit-were-rabbit", "critics", "what did tobias wren-marchetti think of the were rabbit", 0, {"any": ["5 out of 5", "five stars", "masterpiece", "best British film", "delight"]}),
("wallace-and-gromit-were-rabbit", "critics", "did critics like curse of the were rabbit", 0, {"any": ["9/10", "five stars", "5 out of 5", "masterpiece", "best animated film", "Nine out of ten"]}),
("wallace-and-gromit-were-rabbit", "facts", "how long is the were rabbit", 0, {"any": ["85"]}),
("wallace-and-gromit-were-rabbit", "facts", "what was the budget", 1, {"any": ["30 million", "40 million"]}),
("wallace-and-gromit-were-rabbit", "facts", "how much clay did they use", 1, {"any": ["2.8 tonnes", "2.8"]}),
("wallace-and-gromit-were-rabbit", "facts", "when did curse of the were-rabbit come out in the uk", 0, {"any": ["14 October 2005", "14 OCTOBER 2005"]}),
("wallace-and-gromit-were-rabbit", "unanswerable", "what did roger ebert give wallace and gromit were rabbit", 0, N),
("wallace-and-gromit-were-rabbit", "unanswerable", "who voices hutch in the french dub", 1, N),
("wallace-and-gromit-were-rabbit", "unanswerable", "what did mark kermode say about the were rabbit", 0, N),
("wallace-and-gromit-were-rabbit", "unanswerable", "how much did ralph fiennes get paid", 1, N),
# ---------------- Hoop Dreams ----------------
("hoop-dreams", "cast", "who are the two kids in hoop dreams", 0, {"all": ["William Gates", "Arthur Agee"]}),
("hoop-dreams", "cast", "whos arthurs mom", 1, {"any": ["Sheila Agee", "Sheila"]}),
("hoop-dreams", "cast", "who was the coach at st joseph", 1, {"any": ["Gene Pingatore", "Pingatore"]}),
("hoop-dreams", "cast", "which nba star shows up in hoop dreams", 0, {"any": ["Isiah Thomas"]}),
("hoop-dreams", "crew", "who directed hoop dreams", 0, {"any": ["Steve James"]}),
("hoop-dreams", "crew", "who did the music", 1, {"any": ["Ben Sidran", "Sidran"]}),
("hoop-dreams", "crew", "who narrates it", 1, {"any": ["Steve James"]}),
("hoop-dreams", "crew", "who shot hoop dreams", 0, {"any": ["Peter Gilbert"]}),
("hoop-dreams", "crew", "who edited it", 1, {"any": ["Frederick Marx", "Bill Haugse", "Steve James"]}),
("hoop-dreams", "plot", "why does arthur leave st joseph", 1, {"any": ["tuition", "pay"]}),
("hoop-dreams", "plot", "what happens to william", 1, {"any": ["knee", "Marquette"]}),
("hoop-dreams", "plot", "where does arthur go to college in hoop dreams", 0, {"any": ["Mineral Area"]}),
("hoop-dreams", "plot", "how does marshall do in the state tournament", 1, {"any": ["third"]}),
("hoop-dreams", "plot", "how does hoop dreams end", 0, {"any": ["college", "Marquette", "Mineral Area"]}),
("hoop-dreams", "awards", "did hoop dreams win at sundance", 0, {"any": ["Audience Award"]}),
("hoop-dreams", "awards", "was it nominated for an oscar", 1, {"any": ["Editing"]}),
("hoop-dreams", "awards", "is it in the national film registry", 1, {"any": ["2005"]}),
("hoop-dreams", "critics", "what did ebert think of hoop dreams", 0, {"any": ["decade"]}),
("hoop-dreams", "critics", "what did marcus give it", 1, {"any": ["four and a half", "4.5"]}),
("hoop-dreams", "critics", "what did dolores whitcombe-reyes say about hoop dreams", 0, {"any": ["most important", "See it", "one of the best", "not a sports movie"]}),
("hoop-dreams", "facts", "how long is hoop dreams", 0, {"any": ["170", "171"]}),
("hoop-dreams", "facts", "how long did they film for", 1, {"any": ["five years", "5 years", "cinco años", "1987"]}),
("hoop-dreams", "facts", "what was the budget of hoop dreams", 0, {"any": ["700,000"]}),
("hoop-dreams", "unanswerable", "how tall is william gates", 1, N),
("hoop-dreams", "unanswerable", "how much did hoop dreams make at the box office", 0, N),
("hoop-dreams", "unanswerable", "what is william gates doing now", 1, N),
("hoop-dreams", "unanswerable", "did arthur agee make it to the nba", 1, N),
# ---------------- Crouching Tiger, Hidden Dragon ----------------
("crouching-tiger-hidden-dragon", "cast", "who plays jen in crouching tiger", 0, {"any": ["Zhang Ziyi"]}),
("crouching-tiger-hidden-dragon", "cast", "who plays li mu bai", 1, {"any": ["Chow Yun-fat"]}),
("crouching-tiger-hidden-dragon", "cast", "who plays jade fox", 1, {"any": ["Cheng Pei-pei"]}),
("crouching-tiger-hidden-dragon", "cast", "whos michelle yeoh playing in crouching tiger hidden dragon", 0, {"any": ["Yu Shu Lien", "Shu Lien"]}),
("crouching-tiger-hidden-dragon", "crew", "who directed crouching tiger hidden dragon", 0, {"any": ["Ang Lee"]}),
("crouching-tiger-hidden-dragon", "crew", "who did the music", 1, {"any": ["Tan Dun"]}),
("crouching-tiger-hidden-dragon", "crew", "who did the fight choreography", 1, {"any": ["Yuen Woo-ping"]}),
("crouching-tiger-hidden-dragon", "crew", "who was the cinematographer on crouching tiger", 0, {"any": ["Peter Pau"]}),
("crouching-tiger-hidden-dragon", "crew", "what novel is it based on", 1, {"any": ["Wang Dulu"]}),
("crouching-tiger-hidden-dragon", "plot", "who killed li mu bais master", 1, {"any": ["Jade Fox"]}),
("crouching-tiger-hidden-dragon", "plot", "how does li mu bai die in crouching tiger", 0, {"any": ["poison", "needle", "Purple Yin"]}),
("crouching-tiger-hidden-dragon", "plot", "how does crouching tiger end", 0, {"any": ["jumps", "bridge", "leaps", "steps off", "falls into the clouds"]}),
("crouching-tiger-hidden-dragon", "awards", "how many oscars did crouching tiger win", 0, {"any": ["four", "4"]}),
("crouching-tiger-hidden-dragon", "awards", "did it win best cinematography", 1, {"any": ["Peter Pau"]}),
("crouching-tiger-hidden-dragon", "awards", "did it win any golden globes", 1, {"any": ["Foreign Language", "Best Director"]}),
("crouching-tiger-hidden-dragon", "awards", "was it at cannes", 1, {"any": ["out of competition", "hors compétition", "May 2000", "mai 2000"]}),
("crouching-tiger-hidden-dragon", "awards", "what did crouching tiger lose best picture to", 0, {"any": ["Gladiator"]}),
("crouching-tiger-hidden-dragon", "critics", "what did the world screen digest give it", 1, {"any": ["five", "*****", "5"]}),
("crouching-tiger-hidden-dragon", "critics", "what did desmond achterberg think", 1, {"any": ["4.5", "masterpiece"]}),
("crouching-tiger-hidden-dragon", "critics", "what did davefrommarketing give crouching tiger", 0, {"any": ["★★½", "2.5", "two and a half"]}),
("crouching-tiger-hidden-dragon", "critics", "did critics like crouching tigr", 0, {"any": ["masterpiece", "five", "4.5", "*****"]}),
("crouching-tiger-hidden-dragon", "facts", "what was the budget", 1, {"any": ["17 million", "15 million"]}),
("crouching-tiger-hidden-dragon", "facts", "how much did crouching tiger make", 0, {"any": ["213"]}),
("crouching-tiger-hidden-dragon", "facts", "what happened to michelle yeohs knee", 1, {"any": ["ligament", "tore", "tearing"]}),
("crouching-tiger-hidden-dragon", "unanswerable", "who does the voice of jen in the english dub", 1, N),
("crouching-tiger-hidden-dragon", "unanswerable", "who plays jen in the sequel", 1, N),
("crouching-tiger-hidden-dragon", "unanswerable", "how many people worked on crouching tiger hidden dragon", 0, N),
("crouching-tiger-hidden-dragon", "unanswerable", "what did it make on its opening weekend", 1, N),
]


def norm(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).casefold()


def has(text, expected):
    return re.search(r"(?<!\w)" + re.escape(norm(expected)), text) is not None


def main():
    docs, titles = {}, {}
    for d in CORPUS.iterdir():
        titles[d.name] = tomllib.loads((d / "film.toml").read_text())["title"]
        docs[d.name] = norm("\n".join(p.read_text(encoding="utf-8") for p in sorted(d.iterdir()) if p.name != "film.toml"))
    bad = 0
    out = []
    prefix = {"rear-window": "rw", "back-to-the-future-part-ii": "bt", "cleo-from-5-to-7": "cl",
              "wallace-and-gromit-were-rabbit": "wg", "hoop-dreams": "hd", "crouching-tiger-hidden-dragon": "ct"}
    counter = {}
    for slug, cat, q, pass_film, spec in Q:
        counter[slug] = counter.get(slug, 0) + 1
        case = {"id": f"fd-{prefix[slug]}{counter[slug]:02d}", "cat": cat, "q": q}
        if pass_film:
            case["film"] = titles[slug]
        if spec is None:
            case["none"] = True
        else:
            case.update(spec)
            text = docs[slug]
            if "all" in spec and not all(has(text, e) for e in spec["all"]):
                print("MISSING all", case["id"], [e for e in spec["all"] if not has(text, e)]); bad += 1
            if "any" in spec:
                hits = [e for e in spec["any"] if has(text, e)]
                if not hits:
                    print("MISSING any", case["id"], spec["any"]); bad += 1
        if q != q.lower():
            print("not lowercase", case["id"])
        out.append(case)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), "questions;", dict(Counter(c["cat"] for c in out)), "with film:", sum("film" in c for c in out))
    print(dict(Counter(c["id"][3:5] for c in out)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
