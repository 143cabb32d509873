"""Questions about one generated film, with the answers known from its generation.

The kinds are dev.jsonl's (cast, crew, plot, awards, critics, facts, unanswerable), phrased the
way members type: lowercase, no question mark, a typo, "it" for the film. Some questions pass
"film" (as the slash command's option does), the others name the film in the question.
"""
from __future__ import annotations

import random

TYPOS = {"directed": "directd", "plays": "playes", "stars": "starz", "nominations": "nominatons",
         "music": "musik", "running": "runing", "critics": "critcs", "played": "playd",
         "film": "flim", "summary": "sumary"}
NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}
OTHER_FILMS = ["Jurassic Park", "The Matrix", "Titanic", "Casablanca", "Goodfellas"]


def rating_forms(rating: float) -> list[str]:
    whole = int(rating)
    if rating - whole >= 0.5:
        return [f"{whole}.5", f"{whole} 1/2", f"{whole}½", f"{NUM_WORDS.get(whole, whole)} and a half",
                "★" * whole + "1/2", "★" * whole + "½"]
    return [f"{whole}/5", f"{whole} out of 5", f"{whole} stars", f"{NUM_WORDS.get(whole, whole)} stars",
            f"{whole} of 5", "★" * whole + " of", f"{whole}.0"]


def casual(text: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.35:
        text = text[0].lower() + text[1:]
        text = text.rstrip("?")
    elif roll < 0.5:
        text = text.lower().rstrip("?")
    if rng.random() < 0.12:
        words = text.split()
        hits = [i for i, w in enumerate(words) if w.lower() in TYPOS]
        if hits:
            i = rng.choice(hits)
            words[i] = TYPOS[words[i].lower()]
            text = " ".join(words)
    return text


def film_questions(film, rng: random.Random) -> list[dict]:
    r = film.roles
    a, b, c, d, e, f = (r[k] for k in "abcdef")
    title = film.title
    names = [title, title.lower()] + ([film.alias] if film.alias else [])
    cases: list[dict] = []

    def add(cat: str, named: str, given: str, *, any_=None, all_=None, none=False, name_it: bool | None = None):
        """named: the question with {t} for the film's name; given: the same with the film passed."""
        if name_it is None:
            name_it = rng.random() < 0.5
        case = {"cat": cat}
        if name_it:
            case["q"] = casual(named.format(t=rng.choice(names)), rng)
        else:
            case["q"] = casual(given, rng)
            case["film"] = rng.choice(names)
        if any_:
            case["any"] = list(dict.fromkeys(any_))
        if all_:
            case["all"] = list(dict.fromkeys(all_))
        if none:
            case["none"] = True
        cases.append(case)

    act = "actress" if d.actor.gender == "f" else "actor"
    # cast
    add("cast", "Who stars in {t}?", rng.choice(["Who stars in it?", "who's in it", "Who are the leads?"]),
        all_=[a.actor.name, b.actor.name])
    add("cast", f"who plays {a.full.lower()} in {{t}}", f"who plays {rng.choice([a.full, a.full.lower(), a.first])}",
        any_=[a.actor.name])
    add("cast", f"Which {act} plays {d.first} in {{t}}?", f"Which {act} plays {d.first}?", any_=[d.actor.name])
    rel = e.extra_relation
    add("cast", f"who plays {a.first}'s {rel} in {{t}}", f"who plays {a.first.lower()}'s {rel}", any_=[e.actor.name])
    add("cast", f"what part does {c.actor.name} play in {{t}}", f"what part does {c.actor.name} play",
        any_=[c.first])
    add("cast", f"who plays {f.first.lower()} in {{t}}", f"who plays {f.first.lower()}", any_=[f.actor.name])
    add("cast", f"who is {b.first} played by in {{t}}", f"{b.first} is played by who?", any_=[b.actor.name])
    add("cast", "full cast of {t}", rng.choice(["cast list", "who else is in the cast", "list the whole cast"]),
        all_=[x.actor.name for x in (a, b, c, d, e, f)])
    # crew
    d_forms = [film.director.surname, film.director.name]
    add("crew", "who made {t}", rng.choice(["who directed it", "Who is the director?", "who made it"]), any_=d_forms)
    add("crew", "Who wrote the music for {t}?", rng.choice(["who did the music", "Who composed the score?"]),
        any_=[film.composer.name, film.composer.surname])
    add("crew", "who shot {t} (cinematographer)", rng.choice(["who shot the film (cinematographer)", "who was the DP"]),
        any_=[film.cinematographer.name, film.cinematographer.surname])
    add("crew", "who wrote {t}", "who wrote the script", any_=d_forms)
    # plot
    add("plot", "Give me a plot summary of {t}", rng.choice(["Give me a plot summary", "what's it about", "what is the story"]),
        all_=[a.first, b.first])
    add("plot", f"Who is {c.first} in {{t}}?", f"Who is {c.first}?", any_=[c.profession])
    parent = d.extra_parent
    add("plot", f"Who is {b.first}'s {parent} in {{t}}?", f"Who is {b.first}'s {parent}?", any_=[d.first, d.profession])
    add("plot", f"What is {b.first}'s {parent}'s profession in {{t}}?", f"What is {b.first}'s {parent}'s job?",
        any_=[d.profession])
    add("plot", f"what does {a.first} do for a living in {{t}}", f"what does {a.first} do for a living", any_=[a.profession])
    _, twist_keys, evidence = film.twist
    add("plot", f"What does {a.first} confess to {b.first} in {{t}}?", f"What does {a.first} confess to {b.first}?",
        any_=twist_keys)
    add("plot", f"where does {a.first} live in {{t}}", f"what city does {a.first} live in", any_=[film.city])
    # awards
    oscar = film.awards[0]
    lead_cat = oscar.categories[0]
    add("awards", f"What Oscar nominations did {a.actor.name} get for {{t}}?",
        f"What Oscar nominations did {a.actor.name} get for this film?", any_=[lead_cat])
    fest = next(x for x in film.awards if x.prize)
    add("awards", f"Did {{t}} win anything at the {fest.ceremony}?",
        rng.choice([f"Did the film win anything at the {fest.ceremony}?", f"did it win anything at {fest.short}"]),
        any_=[fest.prize])
    second = film.awards[2]
    plural = second.short if second.short.endswith("s") else f"{second.short}s"
    add("awards", f"{plural} for {{t}}?", f"{plural.lower()}?", any_=second.categories)
    big = film.awards[1]
    add("awards", f"How many {big.short} nominations did {{t}} get?", f"How many {big.short} nominations?",
        any_=[*big.categories, str(len(big.categories)), NUM_WORDS[len(big.categories)]])
    won = [x for x in film.awards if x.won and not x.prize]
    add("awards", "what awards did {t} win", rng.choice(["what did it win", "What awards has it won?"]),
        any_=[fest.prize, *[x.ceremony.rstrip("®") for x in won]])
    # critics
    critic, outlet, _, keys = rng.choice(film.critics)
    from documents import fill
    keys = [fill(k, film) for k in keys]
    add("critics", f"What did {critic} say about {{t}}?", f"What did {critic} say?", any_=keys)
    critic2, outlet2, _, keys2 = rng.choice([x for x in film.critics if x[1] != film.critics[2][1]] or film.critics)
    add("critics", f"what did {outlet2.lower()} think of {{t}}", f"what did {outlet2.title()} think", any_=[fill(k, film) for k in keys2])
    forms = rating_forms(film.rating)
    add("critics", "How many stars did {t} get?", rng.choice(["How many stars did the film get?", "what rating did it get"]),
        any_=forms)
    second_keys = [fill(k, film, pos=b.actor.pos) for k in film.second_praise[1]]
    second_keys += [fill(k, film) for _, _, text, ks in film.critics if "{second}" in text for k in ks]
    second_keys.append("revelation")
    add("critics", f"What did the reviewers think of {b.actor.name} in {{t}}?",
        f"What did the reviewers think of {b.actor.name}?", any_=second_keys)
    lead_keys = list(film.lead_praise[1]) + [fill(k, film) for _, _, text, ks in film.critics if "{lead}" in text for k in ks]
    lead_keys += ["outstanding", "best performance"]
    first_name_possessive = f"{a.actor.name.lower()}'s"
    add("critics", f"critics on {first_name_possessive} performance in {{t}}", f"critics on {first_name_possessive} performance",
        any_=lead_keys)
    # facts
    runtimes = [str(film.runtime)] + ([str(film.runtime_alt)] if film.runtime_alt else [])
    add("facts", "What is the running time of {t}?", rng.choice(["What is the running time?", "how long is it"]), any_=runtimes)
    add("facts", "Where was {t} filmed?", rng.choice(["where was it filmed", "Where was it shot?"]),
        any_=[film.village, film.city])
    if film.alias:
        add("facts", f"what's the original title of {film.title}", "what's the original title", any_=[film.alias], name_it=None)
    add("facts", "Is {t} in English?", "Is it in English?", any_=[film.language])
    add("facts", "Is {t} based on a book?", "is it based on a book",
        any_=[film.book[0], film.book[1]] if film.book else ["not based"])
    add("facts", "when did {t} come out", rng.choice(["what year did it come out", "when was it released"]),
        any_=[str(film.year)])
    painter = film.painter.split()[-1]
    add("facts", "What painter does the cinematography of {t} pay homage to?",
        "What painter does the cinematography pay homage to?", any_=[painter])
    add("facts", "what genre is {t}", "what genre is it", any_=[film.genre, film.genre.lower()])
    # unanswerable
    add("unanswerable", f"Who directed {rng.choice(OTHER_FILMS)}?", f"Who directed {rng.choice(OTHER_FILMS)}?",
        none=True, name_it=False)
    add("unanswerable", f"How many Twitter followers does {b.actor.name} have?",
        f"How many Twitter followers does {b.actor.name} have?", none=True)
    add("unanswerable", "What is the IMDb rating of {t}?", "What is the film's IMDb rating?", none=True)
    add("unanswerable", "what was the budget of {t}", "what was the budget", none=True)
    add("unanswerable", "Which streaming services have {t} in Japan?", "how much did it make at the box office", none=True)
    return cases
