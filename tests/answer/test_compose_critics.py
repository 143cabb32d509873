"""Critics answers: ratings on one scale, critics and outlets askable by name or metadata, comparisons."""
from __future__ import annotations

import pytest

from bot.answer.engine import AnswerEngine
from tests.answer.awards_critics_fixture import ask, compose_critics
from tests.conftest import engine_over


def test_a_critics_rating_as_printed_and_on_five(small_engine):
    answer = ask(small_engine, "what did cy moss rate it")
    assert "Cy Moss (Frame Review) gave it 8/10 (4 out of 5)" in answer.answer


def test_outlet_rating_by_outlet_name(small_engine):
    answer = ask(small_engine, "what grade did kino weekly give it")
    assert "Bo Lindt" in answer.answer and "C" in answer.answer


def test_worst_and_least(small_engine):
    for question in ("who gave it the worst review", "who liked it least", "which critic hated it most"):
        answer = ask(small_engine, question)
        assert answer.answer.startswith("Bo Lindt (Kino Weekly) gave it the lowest rating"), question


def test_five_stars_and_perfect_score_prefer_the_five_point_scale(small_engine):
    answer = ask(small_engine, "which critic gave it five stars")
    assert answer.answer.startswith("Di Roe (Sunday Dispatch)")
    # "perfect" is in no document: the composer alone (the engine's gate on such words is its own)
    assert compose_critics(small_engine, "who gave it a perfect score").answer.startswith("Di Roe (Sunday Dispatch)")


def test_summary_of_all_verdicts(small_engine):
    answer = ask(small_engine, "was it well reviewed")
    text = answer.answer
    assert text.startswith("4 critics rated Harbour Lights: average 4.0 out of 5, from 2.1 to 5.")
    assert "They mostly agree (3 of 4 between 4 and 5); the outlier is Bo Lindt (Kino Weekly), C." in text
    assert "Liked it most: Ann Vale (The Morning Ledger), ★★★★ (4 out of 4) and Di Roe (Sunday Dispatch)" in text
    assert "Liked it least: Bo Lindt (Kino Weekly), C." in text
    assert answer.sources


def test_an_alternative_the_member_offers_is_no_topic_of_the_reviews(small_engine):
    # "or just famous": "famous" is no subject of the critics' sentences; the verdict answers
    answer = ask(small_engine, "is it actually good or just famous")
    assert answer.answer.startswith("4 critics rated Harbour Lights")


def test_the_faults_a_critic_picked_by_their_rating_found(small_engine):
    # "the review that gave it a C": Bo Lindt's entry of the round-up, not the round-up's other critics
    answer = ask(small_engine, "what did the critic who gave it a C complain about")
    assert "damp squib" in answer.answer and "masterpiece" not in answer.answer, answer.answer


def test_reviewer_by_front_matter_author_and_source(small_engine):
    # "The Tide Gazette" is named in the front matter only: the composer alone reads it there
    answer = compose_critics(small_engine, "who reviewed it for the tide gazette")
    assert answer.answer.startswith("Wren Halloway reviewed Harbour Lights for The Tide Gazette")


def test_what_a_critic_thought_about_an_actor(small_engine):
    answer = ask(small_engine, "what did wren halloway think about olu bankole")
    assert "more to do" in answer.answer
    answer = ask(small_engine, "what did ann vale think about ines duval")
    assert "layered performance" in answer.answer


# --- the consensus: summary first, where they differ, the list after ------------------------------


def test_consensus_quotes_each_side_with_its_source(small_engine):
    answer = ask(small_engine, "did the critics agree")
    text = answer.answer
    assert text.startswith("4 critics rated Harbour Lights")
    differ = text.index("Where they differ:")
    assert text.index("Liked it least") < differ
    assert "finest sea picture" in text[differ:] and "damp squib" in text[differ:]
    assert [s.document for s in answer.sources][:1] == ["harbour-lights/roundup.md"]
    assert answer.items[0].startswith("Ann Vale (The Morning Ledger)") and answer.items[-1] == "Bo Lindt (Kino Weekly): C (2.08/5)"
    assert len(text) < 1000  # an embed holds it with room; a plain message too


def test_critics_topic_opens_with_the_consensus(small_engine):
    answer = small_engine.answer_topic("critics", "Harbour Lights")
    assert answer.answer.startswith("4 critics rated Harbour Lights: average")
    assert len(answer.items) == 4


def test_least_names_the_critic_first_then_the_consensus(small_engine):
    text = ask(small_engine, "who liked it least").answer
    assert text.startswith("Bo Lindt (Kino Weekly) gave it the lowest rating: C (2.08 out of 5). 4 critics rated")
    assert "Liked it least" not in text and "Liked it most: Ann Vale" in text and "Where they differ" in text


CONSENSUS_FILES = {
    "storm-cellar/film.toml": 'title = "Storm Cellar"\nyear = 2019\n',
    "storm-cellar/roundup.md": (
        "---\nkind: review\nsource: Cellar Notes\n---\n\n# Storm Cellar: the notices\n\nCritics split sharply over this one.\n\n"
        "## Ada Finch — The Daily Lamp: 5/5\n\nFinch gave it full marks and called it \"a superb, gripping chamber piece that "
        "never lets go.\"\n\n"
        "## Ben Gale — Night Screen: 1/5\n\nGale found it \"a tedious, overlong exercise in gloom\" and left before the end.\n\n"
        "## Cal Hart — Reel Times: 4.5/5\n\nHart praised the cast, calling the final scene \"the best ten minutes of the year.\"\n\n"
        "## Dee Ives — The Porch: 1.5/5\n\nIves thought the script \"a clumsy mess from start to finish\" and the lighting murky.\n"
    ),
    "quiet-field/film.toml": 'title = "Quiet Field"\nyear = 2020\n',
    "quiet-field/roundup.md": (
        "---\nkind: review\nsource: Field Reports\n---\n\n# Quiet Field in the press\n\n"
        "## Eve Jay — Film Post: 4/5\n\nJay admired its patience and its long, wordless landscapes.\n\n"
        "## Fay Kim — The Lens: 4.5/5\n\nKim loved the photography and the unhurried pace.\n\n"
        "## Gus Lamb — Weekend Screen: 3.5/5\n\nLamb liked it, with a reservation about the last reel.\n"
    ),
    "paper-street/film.toml": 'title = "Paper Street"\nyear = 2021\n',
    "paper-street/press.md": (
        "---\nkind: press\nsource: Paper Street press kit\n---\n\n# What they said\n\n"
        "“A small miracle of a film, warm and wise from its first frame.” – Hana Moss, THE EVENING STAR\n\n"
        "“Funny, sad and utterly humane: the year's nicest surprise.” – Ivo Ness, CINEMA WEEKLY\n"
    ),
    "paper-street/review.md": (
        "---\nkind: review\nsource: The Town Crier\nauthor: Jo Oake\n---\n\n# Paper Street review\n\n"
        "Paper Street is a gentle comedy about a paper mill town. The leads are lovely together.\n\nRating: 4/5\n"
    ),
}


@pytest.fixture(scope="module")
def consensus_engine(tmp_path_factory) -> AnswerEngine:
    return engine_over(CONSENSUS_FILES, tmp_path_factory.mktemp("consensus"))


@pytest.mark.parametrize("film,question,opening,agreement", [
    ("Storm Cellar", "was it well reviewed", "4 critics rated Storm Cellar: average 3.0 out of 5, from 1 to 5.",
     "They are divided."),
    ("Quiet Field", "did the critics agree",  # three or fewer: each named, best first
     "3 critics rated Quiet Field: Fay Kim (The Lens), 4.5/5; Eve Jay (Film Post), 4/5; and Gus Lamb (Weekend Screen), "
     "3.5/5. Average 4.0 out of 5.", "They broadly agree: every rating is between 3.5 and 4.5."),
])
def test_agreement_is_judged_from_the_ratings(consensus_engine, film, question, opening, agreement):
    text = consensus_engine.answer_question(question, film).answer
    assert text.startswith(opening) and agreement in text


def test_divided_critics_each_side_in_their_own_words(consensus_engine):
    answer = consensus_engine.answer_topic("critics", "Storm Cellar")
    text = answer.answer
    assert ("Where they differ: Ada Finch (The Daily Lamp), 5/5: “a superb, gripping chamber piece that never lets go.” "
            "Against that, Ben Gale (Night Screen), 1/5: “a tedious, overlong exercise in gloom”") in text
    assert answer.items == ["Ada Finch (The Daily Lamp): 5/5", "Cal Hart (Reel Times): 4.5/5", "Dee Ives (The Porch): 1.5/5",
                            "Ben Gale (Night Screen): 1/5"]
    assert answer.sources and answer.sources[0].snippet.startswith("Finch gave it full marks")


def test_agreeing_critics_need_no_sides(consensus_engine):
    assert "Where they differ" not in consensus_engine.answer_question("did the critics agree", "Quiet Field").answer


def test_one_rating_and_quotes(consensus_engine):
    answer = consensus_engine.answer_question("was it well reviewed", "Paper Street")
    assert answer.answer.startswith("3 critics' verdicts on Paper Street; 1 with a rating: Jo Oake (The Town Crier) gave it 4/5")
    assert "Hana Moss (The Evening Star): “A small miracle" in answer.answer
    assert len(answer.items) == 3


def test_a_film_title_word_names_no_outlet(consensus_engine):
    # "Cellar Notes" published the round-up: "Critics of Storm Cellar" asks about every critic
    answer = consensus_engine.answer_topic("critics", "Storm Cellar")
    assert answer.answer.startswith("4 critics rated Storm Cellar")


# --- critics named only in metadata, ratings on every scale, questions that name a rating ---------

NIGHT_FERRY = {
    "night-ferry/film.toml": 'title = "Night Ferry"\nyear = 2019\n',
    "night-ferry/page.html": (
        '<html><head><title>Night Ferry review: slow water | Lamplight Weekly</title>'
        '<meta name="author" content="Petra Holm"><meta property="og:site_name" content="Lamplight Weekly"></head>'
        '<body><nav>Home Reviews</nav><p class="byline">Petra Holm · May 3</p><p>The crossing takes a night and the '
        'film takes its time. I admired the fog.</p><p class="rating">Rating: 9/10</p></body></html>'),
    "night-ferry/harbour.txt": (
        "THE QUAYSIDE SENTINEL · Arts & Screen\nFriday, May 3, 2019\n\n— review by Tomas Reid\n\n"
        "A ferry, a storm and a stowaway. The first hour is gripping; the last is a muddle.\n\nGrade: B+\n"),
    "night-ferry/quarterly.md": (
        '+++\nkind = "review"\nauthor = "Iris Vane"\npublication = "Undertow Quarterly"\n+++\n\n'
        "I was bored from the first scene to the last, and the fog did not help.\n\nOne and a half stars out of four.\n"),
    "night-ferry/roundup.md": (
        "# Night Ferry: the scorecard\n\n| Reviewer | Outlet | Score (out of 100) |\n|---|---|---|\n"
        "| Lena Ström | The Pier Courier | 96 |\n| Otto Brandt | Reel Notes Monthly | 70 |\n"),
}


@pytest.fixture(scope="module")
def ferry_engine(tmp_path_factory) -> AnswerEngine:
    return engine_over(NIGHT_FERRY, tmp_path_factory.mktemp("ferry"))


@pytest.mark.parametrize("question, opening", [
    # critics and outlets named only in front matter, an HTML page's labels, a masthead, a byline
    ("who reviewed it for the quayside sentinel", "Tomas Reid reviewed Night Ferry for The Quayside Sentinel."),
    ("what did undertow quarterly think", "Iris Vane (Undertow Quarterly) gave it One and a half stars out of four"),
    ("who wrote the lamplight weekly review", "Petra Holm reviewed Night Ferry for Lamplight Weekly."),
    # questions that name a rating match critics by it, on any scale
    ("who gave it a b+", "Tomas Reid (The Quayside Sentinel) gave it B+ (3.75 out of 5)."),
    ("who gave it 4.5 out of 5", "Petra Holm (Lamplight Weekly) gave it 9/10 (4.5 out of 5)."),
    ("which critic gave it 96/100", "Lena Ström (The Pier Courier) gave it 96/100 (4.8 out of 5)."),
    ("who gave it an A", "No critic in these documents gave it A."),
    # comparisons over every verdict
    ("who liked it the most", "Lena Ström (The Pier Courier) gave it the highest rating: 96/100 (4.8 out of 5)."),
    ("who hated it", "Iris Vane (Undertow Quarterly) gave it the lowest rating: One and a half stars out of four"),
    ("who gave it the lowest score", "Iris Vane (Undertow Quarterly) gave it the lowest rating"),
])
def test_critics_from_any_layout(ferry_engine, question, opening):
    answer = ferry_engine.answer_question(question, "Night Ferry")
    assert answer.answer.startswith(opening), answer.answer



# --- critics in the layouts real sites print, and questions as members type them -----------------

LAYOUT_FILES = {
    "road-film/film.toml": 'title = "Road Film"\n',
    "road-film/credits.txt": "Directed by Mara Quinn\n\nCAST\nTom Hardwick as Max\nNico Hale as Nux\n",
    "road-film/roundup.md": (
        "# Road Film: what the critics said\n\n**Critics' consensus:** Relentless. 97% of 402 reviews positive; "
        "average rating 8.7/10.\n\n## Rosa Achter\n*The Prairie Lantern*\n\nA chase with room for grief. The ending, "
        "a return along the very road they fled down, is a quiet masterstroke.\n\nRating: 5/5\n\n## Quin Ashby\n"
        "*Saturday Screen Digest*\n\nI was numbed by the noise. Tom Hardwick grunts his way through the title role.\n\n"
        "Verdict: ★★☆☆☆\n\n## Lucia Ferra\n*The Harbourtown Post*\n\nNico Hale is the surprise as Nux, a boy who "
        "learns he has been lied to.\n\nVerdict: ★★★★☆\n"),
    "road-film/members.md": (
        "# Road Film: reviews from our members\n\n**dieselpunk77** — ★★★★★\nTom Hardwick is perfect and brilliant.\n\n"
        "**MarthaInMaine** — 1/5\nToo loud for me.\n"),
    "road-film/quotes.md": (
        "# Road Film — what the press said\n\n> A film with the timing of a great stand-up set.\n>\n"
        "> — Imogen Hart, *The Riverside Courier*\n\n> It loses its nerve in the last act. The ending is too neat "
        "for a film this sharp.\n> — Pris Vant, *The Cinder City Herald*\n"),
    "road-film/awards-article.md": (
        "# Road Film at the awards\n\nIt got 4 Oscar nominations, including Best Actor for Tom Hardwick, and won one, "
        "a glorious, brilliant triumph.\n"),
    "road-film/scores.md": (
        "| Critic | Publication | Score | Pull quote |\n|---|---|---|---|\n"
        "| Des Ward | The Coldwater Tribune | Rotten | \"All noise and no argument.\" |\n"),
}


@pytest.fixture(scope="module")
def layout_engine(tmp_path_factory) -> AnswerEngine:
    return engine_over(LAYOUT_FILES, tmp_path_factory.mktemp("layouts"))


@pytest.mark.parametrize("question, expected, unexpected", [
    ("who hated it", "Quin Ashby", "MarthaInMaine"),  # a member's 1/5 is no critic's
    ("who gave it five stars", "Rosa Achter", "dieselpunk77"),
    ("who gave it 4 stars", "Lucia Ferra", None),
    ("whats the avg rating", "3.7 out of 5", "8.7"),  # the critics' own ratings, not the aggregate line
    ("was it any good", "consensus: Relentless", None),  # the consensus the page prints, then the critics'
    ("what did the prairie lantern say", "Rosa Achter", None),
    ("who gave it a rotten review", "Des Ward", None),
    ("who didnt like the ending", "Pris Vant", "Rosa Achter"),
    ("did critics like the ending", "masterstroke", None),
    ("what did critics say about tom hardwick", "grunts", "perfect and brilliant"),  # members are not critics
    ("what did critics think of tom hardwick", "grunts", "Oscar"),  # an award is no critic's opinion of him
    ("was it overrated", "“I was numbed by the noise.”", None),  # the lowest rating, in its critic's words
    ("what did the harbourtown post think of nico hale", "surprise", None),
])
def test_critics_questions_over_real_layouts(layout_engine, question, expected, unexpected):
    answer = layout_engine.answer_question(question, "Road Film")
    assert answer.intent == "critics" and expected in answer.answer, answer.answer
    assert unexpected is None or unexpected not in answer.answer, answer.answer


@pytest.mark.parametrize("printed, shown", [
    ("Grade: C+", "C+"),
    ("gave the film four stars out of four", "four stars out of four"),
    ("awarded it five stars", "five stars"),
    ("gave it a B", "B"),
    ("I'd give it 7/10", "7/10"),
    ("★★★½", "★★★½"),
])
def test_a_rating_is_shown_without_the_verb_that_gave_it(printed, shown):
    """"Roger Ebert gave it four stars out of four", never "gave it gave the film four stars"."""
    from bot.answer.compose.consensus import rating_text
    from index.models import Verdict
    assert rating_text(Verdict(film="f", document="d", passage="p", rating_text=printed)) == shown


def test_an_opinion_on_a_subject_is_a_critic_s_sentence_not_a_table_row(seed_engine):
    # the awards page lists "Best Actress, Best Music Nominee": no opinion on the music
    answer = seed_engine.answer_question("did the critics like the music", "Parallel Mothers")
    assert answer.found and "Nominee" not in answer.answer and "Iglesias" in answer.answer, answer.answer


# --- critics' lines in layouts nobody tuned on: panels, scorecards, transcripts --------------------

GLASS_HARBOUR = {
    "glass-harbour/film.toml": 'title = "Glass Harbour"\nyear = 2021\n',
    "glass-harbour/panel.md": (
        "---\nkind: review\nsource: Lamp & Lens\nauthor: various\n---\n\n# Glass Harbour: our panel\n\n"
        "## Oscar Whitcombe — 3 out of 4\n\nHandsome and slow, like a postcard you have to read twice.\n\n"
        "## Delia Frost — Grade: B+\n\nA clever puzzle with a cold heart.\n\n---\n\n*Panel average: 7/10.*\n"),
    "glass-harbour/scorecard.txt": (
        "SCORECARD\n=========\n\nMARTA KOVAL (The Quayside Bell) ....... ★★★★\n"
        "\"Gripping from the first reel to the last, and the harbour has never looked colder.\"\n\n"
        "IVAN RUSK (Northgate Screen Review) .. 2 out of 4\n"
        "\"It reminded me of Vertigo at every turn, and suffered by the comparison.\"\n"),
    "glass-harbour/cast.md": "# Cast\n\n- Tomas Reyes as Captain Hale\n- Ilse Varga as Mara\n",
}


@pytest.fixture(scope="module")
def harbour_engine(tmp_path_factory) -> AnswerEngine:
    return engine_over(GLASS_HARBOUR, tmp_path_factory.mktemp("harbour"))


@pytest.mark.parametrize("question, expected", [
    # a critic named in a question the cue words read as another kind ("oscar" is an awards word)
    ("what did oscar whitcombe think of it", "Oscar Whitcombe"),
    ("what did oscar whitcombe think of it", "3 out of 4"),
    ("which critic gave it a B+", "Delia Frost"),
    ("what did marta koval give it", "★★★★"),
    # the lowest-rated critic is the one who didn't like it
    ("which critic didnt like it", "Ivan Rusk"),
    ("whos the harshest critic", "Ivan Rusk"),  # "harshest" is in no document: the question's own word
    # an outlet named in the question: its critic's verdict, in their words where the question's are not theirs
    ("what did the northgate screen review compare it to", "Vertigo"),
    ("who wrote for the quayside bell", "Marta Koval"),
    # an average the page prints, as printed
    ("whats the lamp & lens panel average", "7/10"),
    # a panel's page signed "various": its critics write for its outlet, and "various" is no one
    ("who writes for lamp & lens", "Oscar Whitcombe reviewed Glass Harbour for Lamp & Lens."),
])
def test_critics_lines_answered(harbour_engine, question, expected):
    answer = harbour_engine.answer_question(question, "Glass Harbour")
    assert answer.intent == "critics" and expected in answer.answer, answer.answer


def test_none_disliked_it_only_when_every_rating_is_good(harbour_engine, tmp_path):
    answer = harbour_engine.answer_question("which critic didnt like it", "Glass Harbour")
    assert answer.answer.startswith("Ivan Rusk (Northgate Screen Review) gave it the lowest rating")
    liked = engine_over({"glass-harbour/film.toml": GLASS_HARBOUR["glass-harbour/film.toml"],
                         "glass-harbour/panel.md": GLASS_HARBOUR["glass-harbour/panel.md"]}, tmp_path)
    answer = liked.answer_question("which critic didnt like it", "Glass Harbour")
    assert answer.answer.startswith("None of the critics disliked it: the lowest rating, Oscar Whitcombe"), answer.answer


def test_a_word_of_an_outlet_in_another_question_is_no_critics_question(harbour_engine):
    answer = harbour_engine.answer_question("who plays mara", "Glass Harbour")
    assert answer.intent == "cast" and "Ilse Varga" in answer.answer


def test_a_critics_verdict_in_words_only(tmp_path):
    engine = engine_over({
        "glass-harbour/film.toml": GLASS_HARBOUR["glass-harbour/film.toml"],
        "glass-harbour/radio.txt": (
            "THE FRIDAY FILM HOUR\n\nGuests: Imogen Salt, film editor of The Harbour Courier, and Luca Bell, who "
            "reviews for Kinetic Magazine.\n\nHOST: Imogen?\n\nIMOGEN SALT: I adored it. The ending made me cry in a "
            "cinema full of strangers, and I would tell anyone to go.\n\nLUCA BELL: I admired it more than I loved "
            "it, and the subplot feels borrowed from a much worse movie.\n"),
    }, tmp_path)
    answer = engine.answer_question("did imogen salt like it", "Glass Harbour")
    assert answer.answer.startswith("Imogen Salt (The Harbour Courier): “I adored it."), answer.answer
    answer = engine.answer_question("who reviews for kinetic magazine", "Glass Harbour")
    assert "Luca Bell" in answer.answer, answer.answer


def test_a_round_ups_byline_is_not_every_critics(tmp_path):
    # the page's byline names its first critic: the second critic's words are not hers
    engine = engine_over({
        "glass-harbour/film.toml": GLASS_HARBOUR["glass-harbour/film.toml"],
        "glass-harbour/picks.md": (
            "---\nauthor: Renata Osei\n---\n\nRenata Osei · The Lakeside Lamp\n\n5/5\n\nThe acting is a miracle and the "
            "colours glow.\n\nSong-mi Harrow · Cinephile Quarterly\n\n4/5\n\nThe score, with its chopped-and-screwed "
            "strings, is the year's best.\n"),
    }, tmp_path)
    answer = engine.answer_question("what did renata osei think of the score", "Glass Harbour")
    assert "chopped" not in answer.answer and "Renata Osei" in answer.answer, answer.answer


def test_didnt_like_it_in_words(tmp_path):
    engine = engine_over({
        "glass-harbour/film.toml": GLASS_HARBOUR["glass-harbour/film.toml"],
        "glass-harbour/tomatoes.md": (
            "# Critic reviews\n\n**Jane Doe** — *The Evening Ledger*\nFresh\n\"Sharp and funny, a real ride.\"\n\n"
            "**John Roe** — *Sunday Clarion*\nRotten\n\"Dull and long, a slog.\"\n"),
    }, tmp_path)
    answer = engine.answer_question("which critic didnt like it", "Glass Harbour")
    # with what they said: the fault is the answer to "didn't like it"
    assert answer.answer.startswith("John Roe (Sunday Clarion) rated it Rotten: “Dull and long, a slog.”"), answer.answer


# Pages in real-world shapes: a podcast's transcript, a newspaper review with no rating, a blog post
# under its furniture.
FORMATS = {
    "dark-harbour/film.toml": 'title = "Dark Harbour"\nyear = 2001\n',
    "dark-harbour/podcast.txt": (
        "REEL TALK -- Episode 12\nHosts: Maya Okafor, Dev Lindqvist\n\n"
        "[00:00:04] MAYA: Welcome back, I'm Maya.\n[00:00:07] DEV: I'm Dev.\n"
        "[00:05:41] DEV: Two and a half out of five. It's frantic, all plot mechanics.\n"
        "[00:05:49] MAYA: Four stars, easily. The harbour chase is one of the best things I've seen.\n"
        "[00:14:55] MAYA: That's our show. Go rate us five stars wherever you listen.\n"),
    "dark-harbour/ledger.txt": (
        "THE EVENING LEDGER -- Thursday, August 5, 2001 -- Page 22\n\n\"Dark Harbour\" Opens\nBy HOWARD P. STALLWORTH\n\n"
        "A MAN with a boat and a grudge is the whole premise of the picture.\n\n"
        "This is the most absorbing and expertly made thriller this reviewer has seen in years, and it should not be missed.\n"),
    "dark-harbour/blog.html": (
        "<html><head><title>Dark Harbour (2001) | Clay Corner</title></head><body><h1>Clay Corner</h1>"
        "<p>Posted by Imogen Pryce-Hollis on 16 October 2005</p><p><strong>My rating: 9/10</strong></p>"
        "<p>A salty, funny delight.</p><footer>© 2005 Clay Corner · Powered by WordPress · RSS</footer></body></html>"),
    "dark-harbour/diary.txt": (
        "Letterboxd · Dark Harbour (2001) · Reviews by friends\n\n------\nReview by juniper_reels   ★★★★½\n"
        "Watched 12 Mar 2023\n------\nthe way the harbour is its own character.\n"),
}


@pytest.fixture(scope="module")
def formats_engine(tmp_path_factory) -> AnswerEngine:
    return engine_over(FORMATS, tmp_path_factory.mktemp("formats"))


@pytest.mark.parametrize("question, wanted", [
    ("what did dev give it", "Dev Lindqvist gave it Two and a half out of five"),  # a host by first name
    ("what did maya okafor think", "Maya Okafor gave it Four stars"),
    ("did howard stallworth like it", "should not be missed"),  # a signed review in prose only
    ("what did the evening ledger think of it", "should not be missed"),
    ("what did clay corner give it", "9/10"),  # the blog's name from its heading and copyright line
    ("what did juniper_reels rate it", "juniper_reels gave it ★★★★½"),  # a site's user
])
def test_verdicts_in_real_world_shapes(formats_engine, question, wanted):
    text = formats_engine.answer_question(question, "Dark Harbour").answer
    assert wanted in text and "©" not in text and "Powered by" not in text


def test_a_review_in_prose_counts_in_the_consensus(formats_engine):
    text = formats_engine.answer_question("was it any good", "Dark Harbour").answer
    assert "Stallworth" in text and "Dev Lindqvist" in text and "rate us" not in text


def test_a_critic_no_document_names_is_declined_by_name(small_engine):
    answer = small_engine.answer_question("what did mark kermode say about it", film="Harbour Lights")
    assert not answer.found and "kermode" in answer.answer.lower()


def test_a_critic_s_first_name_alone_names_them_only_as_the_one_whose_opinion_is_asked(small_engine):
    assert small_engine.answer_question("what did wren think", film="Harbour Lights").intent == "critics"
    assert small_engine.answer_question("how many wren awards did it win", film="Harbour Lights").intent != "critics"


def test_a_card_s_rating_before_its_verdict_word(tmp_path):
    engine = engine_over({
        "gbh/film.toml": 'title = "Grand Hotel"\nyear = 2014\n',
        "gbh/tomatoes.txt": (
            "Top Critics\nAdelaide Fenwick — The Morning Register\n\"A great clown, vain and heartbreaking.\"\n★★★★★ Fresh\n\n"
            "Marcus Oduya — Screen Weekly\n\"A perfect confection, layered like a pastry.\"\n4/4 Fresh\n\n"
            "Curtis Varga — The Valley Weekly\n\"A dollhouse with nobody living in it; airless.\"\n2/5 Rotten\n"),
    }, tmp_path)
    answer = engine.answer_question("did any critics hate it", "Grand Hotel")
    assert answer.answer.startswith("Curtis Varga (The Valley Weekly) gave it the lowest rating: 2/5 Rotten"), answer.answer
    assert engine.answer_question("what did curtis varga think", "Grand Hotel").found


def test_a_critics_question_in_other_words_stays_a_critics_question(layout_engine):
    """"the ending showdown": the documents never say "showdown", but the ending is the film's, so
    the critics answer; a question with no word of the film's is about another film, and declined."""
    answer = layout_engine.answer_question("what did the critics think of the ending showdown", "Road Film")
    assert answer.intent == "critics" and "masterstroke" in answer.answer, answer.answer
    other = layout_engine.answer_question("what did critics think of jurassic park", "Road Film")
    assert not other.found, other.answer
