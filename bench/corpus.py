"""A deterministic synthetic corpus of N films, in the shapes of the bundled seed documents.

Every film gets four documents like the ones in corpus/parallel-mothers/:
- review.txt: a byline ("  • Jane Doe"), prose with "Character (Actor)" pairs, "directed by",
  "cinematography by" and a star rating "★★★1/2 of ★★★★★";
- awards.txt: ceremony blocks ("• Academy Awards®\\n\\n    Best Actress, Best Music Nominee"),
  "Spanish with English subtitles", a "With A, B, C" line and signed press quotes;
- summary.txt: "Title (Original Title, 2019) is a ...", headings, plot sections, a "Cast" list
  "- Actor as Character, X's mother", filming locations and awards one per line;
- synopsis.txt: "Synopsis", labels ("Running Time: 112", "Genre: Drama"), "CAST" and
  "DIRECTED BY\\nName" credit blocks.

Film n is the same whatever N is (its RNG is seeded with n), so the 10-film corpus is the
first ten films of the 10,000-film one. `generate()` returns the truth about every film
(director, cast, runtime, ...) so the benchmark can check that answers are right.
"""
from __future__ import annotations

import json
import random
import re
import shutil
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

SEED = "filmbot-bench-v1"


def _distinct(words: str, limit: float = 0.7) -> list[str]:
    """Keep words that no earlier kept word resembles: titles must not be one typo apart."""
    kept: list[str] = []
    for word in words.split():
        if all(SequenceMatcher(None, word, other).ratio() < limit for other in kept):
            kept.append(word)
    return kept


ADJECTIVES = _distinct("""
silent crimson hollow golden distant broken northern quiet scarlet bitter burning endless frozen
gentle hidden lonely midnight restless secret shattered wandering winter amber ancient autumn
azure bright cobalt copper crooked dusty electric emerald faded fragile glass iron ivory jade
lost marble mellow misty neon pale paper patient pearl proud rusty sacred salt savage shallow
sleeping solitary steady stone summer sunken tender tidal twisted velvet violet wicked wild
wooden yellow brave careless cruel curious drowned early empty fallen final foreign forgotten
grey heavy holy humble idle invisible lucky narrow naked noble orange painted perfect plain
quick rare rough royal sharp simple sour strange sweet thin tired vast warm weary young
""")
NOUNS = _distinct("""
harbor garden mirror river orchard lantern compass island meadow tower bridge station theater
kingdom window ballad journey letter mountain forest desert canyon valley shadow whisper promise
season voyage anthem canvas harvest horizon labyrinth legacy lighthouse melody monsoon mosaic
nocturne oasis paradise pilgrim prairie quarry requiem reunion riddle sanctuary sonata tempest
threshold tide trail twilight vineyard waltz wilderness archive bakery carnival cathedral cellar
chapel circus cottage courtyard embassy factory fountain gallery hotel kitchen library market
monastery museum observatory palace pharmacy prison quarter railway refuge rooftop school
shipyard stadium studio tavern temple tunnel village warehouse wharf alphabet avalanche
blizzard cascade comet eclipse ember falcon feather glacier hurricane jungle lagoon magnet
meteor nebula ocean pendulum phoenix planet rainbow reef sparrow spiral storm thunder tornado
volcano wolf
""")
FIRST_NAMES = """
Penélope Milena Israel Aitana Rossy Julieta Pedro Alberto José Antonio Carmen Lucía Marta Elena
Sofía Javier Diego Andrés Valeria Camila Mateo Tomás Inés Irene Clara Raúl Sergio Pablo Adriana
Beatriz Daniela Emilio Fernando Gloria Hugo Iván Jorge Laura Lorena Manuel Natalia Paula
Ramón Rocío Santiago Teresa Vicente Ximena Amelia Bruno Cecilia Dario Esther Felipe Gabriela
Helena Ignacio Jimena Leonor Marco Nuria Olivia Rafael Silvia Úrsula Víctor Yolanda Zoe
""".split()
LAST_NAMES = """
Cruz Smit Elejalde Serrano Almodóvar Iglesias Alcaine Martínez Moreno García Fernández López
Sánchez Pérez Gómez Díaz Romero Navarro Torres Domínguez Vázquez Ramos Gil Serrano Molina Blanco
Castro Ortega Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero
Cano Prieto Méndez Cruz Calvo Gallego Vidal León Herrera Márquez Peña Flores Cabrera Campos Vega
Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar Pascual Santana Herrero Lorenzo Montero Hidalgo
Giménez Ibáñez Ferrer Durán Santiago Benítez Mora Vicente Arias Vargas Carmona Crespo Román Pastor
Soto Sáez Velasco Moya Soler Parra Esteban Bravo Gallardo Rojas
""".split()
CHARACTERS = """
Janis Ana Arturo Teresa Elena Cecilia Brígida Raimunda Agrado Manuela Huma Salvador Benigno Alicia
Marco Lydia Zulema Leocadia Pepa Candela Lucas Harry Judit Mateo Blanca Vicente Ignacio Enrique
Paca Sole Agustina Regina Irene Augusto Gregoria Eulalia Fidel Nicanor Adela Casilda Rufino
Severino Amparo Leandro Matilde Remedios Anselmo Celestina Dolores Evaristo Florencia Gaspar
""".split()
OCCUPATIONS = """photographer anthropologist lawyer journalist teacher nurse doctor painter singer
architect chef detective professor engineer pilot librarian""".split()
CITIES = """Madrid Seville Valencia Bilbao Granada Toledo Cádiz Zaragoza Salamanca Córdoba Lisbon
Oporto Marseille Naples Palermo Tangier""".split()
PLACES = "hospital library market harbour chapel hotel museum station theatre bakery clinic courthouse".split()
OBJECTS = "photograph letter necklace diary suitcase painting recording key watch map ring notebook".split()
RELATIONS = "mother father sister brother daughter son grandmother aunt boss neighbour friend".split()
GENRES = ["drama", "comedy", "thriller", "melodrama", "mystery", "romance", "western", "documentary"]
LANGUAGES = ["Spanish", "French", "Italian", "Portuguese", "Catalan", "German"]
OUTLETS = ["THE HOLLYWOOD REPORTER", "VARIETY", "TIME", "THE GUARDIAN", "SIGHT AND SOUND", "INDIEWIRE"]
CEREMONIES = ["Academy Awards®", "Goya Awards®", "Golden Globes®", "European Film Awards", "Independent Spirit Award®"]
CATEGORIES = ["Best Film", "Best Director", "Best Actress", "Best Actor", "Best Supporting Actress",
              "Best Cinematography", "Best Music", "Best Original Screenplay", "Best Editing", "Best Sound"]
FESTIVALS = [("Venice Film Festival", "Volpi Cup for Best Actress"), ("Cannes Film Festival", "Palme d'Or"),
             ("Berlin International Film Festival", "Silver Bear for Best Director"),
             ("San Sebastián Film Festival", "Golden Shell")]
STAR_TEXTS = [("★★★1/2 of ★★★★★", 3.5), ("★★★★ of ★★★★★", 4.0), ("★★1/2 of ★★★★★", 2.5), ("★★★★★ of ★★★★★", 5.0),
              ("★★★ of ★★★★★", 3.0), ("★★★★1/2 of ★★★★★", 4.5)]
FILLER = [
    "The camera lingers on faces, on kitchens, on the small rituals of ordinary days.",
    "Its colours are warmer than its story, and the contrast is deliberate.",
    "The pacing is patient, sometimes too patient, but the final act earns its weight.",
    "Every supporting role is cast with care, and nobody is wasted.",
    "The production design fills each room with objects that seem to carry a history of their own.",
    "It is a film about memory, about what families choose to remember and what they bury.",
    "The score moves from restraint to full orchestral grief without ever feeling manipulative.",
    "Some subplots are left hanging, yet the central relationship never loses its pull.",
    "Few recent films have treated grief with this much tenderness and this little sentimentality.",
    "The dialogue is spare, and the silences between lines say more than the lines themselves.",
]


@dataclass
class Credit:
    actor: str
    character: str
    relation: str  # "<other character>'s <relation>"
    occupation: str


@dataclass
class FilmTruth:
    n: int
    slug: str
    title: str
    year: int
    director: str
    composer: str
    cinematographer: str
    critic: str
    runtime: int
    language: str
    genre: str
    city: str
    cast: list[Credit] = field(default_factory=list)


def titles(count: int) -> list[str]:
    """`count` distinct titles, film n's title the same whatever count is."""
    pairs = [(a, b) for a in ADJECTIVES for b in NOUNS]
    random.Random(SEED + ":titles").shuffle(pairs)
    if count > len(pairs):
        raise ValueError(f"at most {len(pairs)} films")
    return [f"{a.title()} {b.title()}" for a, b in pairs[:count]]


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def person(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if name not in taken:
            taken.add(name)
            return name


def make_truth(n: int, title: str) -> FilmTruth:
    rng = random.Random(f"{SEED}:{n}")
    taken: set[str] = set()
    characters = rng.sample(CHARACTERS, 6)
    cast = []
    for i, character in enumerate(characters):
        other = characters[(i + 1) % len(characters)]
        cast.append(Credit(person(rng, taken), character, f"{other}’s {rng.choice(RELATIONS)}", rng.choice(OCCUPATIONS)))
    return FilmTruth(
        n=n, slug=slugify(title), title=title, year=rng.randint(1950, 2023),
        director=person(rng, taken), composer=person(rng, taken), cinematographer=person(rng, taken),
        critic=person(rng, taken), runtime=rng.randint(80, 180), language=rng.choice(LANGUAGES),
        genre=rng.choice(GENRES), city=rng.choice(CITIES), cast=cast,
    )


def plot_sentences(rng: random.Random, film: FilmTruth) -> list[str]:
    a, b, c, d = film.cast[:4]
    place, obj = rng.choice(PLACES), rng.choice(OBJECTS)
    return [
        f"{a.character} works as a {a.occupation} in {film.city}, far from the village where she grew up.",
        f"At the {place}, {a.character} meets {b.character}, a young {b.occupation} who is about to change her life.",
        f"{b.character} hides a secret about the {obj} that once belonged to {c.character}.",
        f"{c.character} has spent years looking for the {obj}, and {d.character} knows where it is.",
        f"When the {obj} turns up in {film.city}, {a.character} and {b.character} must decide what to tell {d.character}.",
        f"Months later, {a.character} returns to the {place} with {c.character} to face the past.",
        f"The truth about the {obj} brings the two families together in a way neither expected.",
    ]


def review(rng: random.Random, film: FilmTruth) -> str:
    a, b, c = film.cast[:3]
    stars, _ = rng.choice(STAR_TEXTS)
    filler = rng.sample(FILLER, 4)
    return "\n".join([
        "top of page",
        f"  • {film.critic}",
        "",
        f"{a.actor.split()[-1]} and {b.actor.split()[-1]} Lift ‘{film.title}’",
        "",
        f"Two lives collide in {film.city} in director {film.director}’s {film.genre} ‘{film.title}.’",
        "",
        f"{a.character} ({a.actor}) and {b.character} ({b.actor}) in ‘{film.title}.’ (Photo courtesy of Sony Pictures Classics)",
        "",
        f"{a.character} is a {a.occupation}; {b.character} is a {b.occupation} with something to hide. "
        f"{c.actor} plays {c.character}, whose past shadows them both. " + filler[0],
        "",
        f"The story, written and directed by {film.director}, is clever in premise. " + filler[1] + " " + filler[2],
        "",
        f"My thoughts remain the same on the actors, and the intimate cinematography by {film.cinematographer} "
        f"stays with you. " + filler[3],
        "",
        stars,
        "",
        "bottom of page",
        "",
    ])


def awards(rng: random.Random, film: FilmTruth) -> str:
    lines = []
    for ceremony in rng.sample(CEREMONIES, 3):
        categories = rng.sample(CATEGORIES, rng.randint(1, 4))
        lines += [f"  • {ceremony}", "", f"    {', '.join(categories)} Nominee"]
    festival, prize = rng.choice(FESTIVALS)
    lines += [f"  • {festival}", "", f"    {prize.replace(' for ', ' - ')}"]
    names = ", ".join(credit.actor for credit in film.cast)
    a = film.cast[0]
    outlet = rng.choice(OUTLETS)
    lines += [
        "",
        f"{film.language} with English subtitles",
        "",
        f"With {names}",
        "",
        f"Starring {a.actor} in what could be the best performance of her career, {film.director}’s {film.title} "
        f"is a story of cascading twists and high family drama.",
        "",
        f"“{rng.choice(FILLER)}” – {film.critic}, {outlet}",
        "",
        f"“{a.actor} is astonishing, in what may be the best performance of her career so far.” – {rng.choice(OUTLETS)}",
        "",
    ]
    return "\n".join(lines)


def summary(rng: random.Random, film: FilmTruth) -> str:
    plot = plot_sentences(rng, film)
    a, b = film.cast[:2]
    lines = [
        f"{film.director}’s {film.title} ({film.year}) is a {film.genre} about family, memory and the secrets "
        f"people keep. {rng.choice(FILLER)}",
        "Detailed Summary",
        "The Beginning",
        " ".join(plot[:3]),
        "The Turn",
        " ".join(plot[3:5]),
        "The Ending",
        " ".join(plot[5:]) + " In the end, the film closes on a quiet image of the two of them together.",
        "Cast",
    ]
    lines += [f"- {c.actor} as {c.character}, {c.relation}" for c in film.cast]
    lines += [
        "Music and Cinematography",
        f"The score was composed by {film.composer}, and {film.cinematographer}’s cinematography favours natural light.",
        "Filming Locations",
        f"The movie was shot in {film.city} and Torremocha de Jarama. {rng.choice(FILLER)}",
        "Awards and Nominations",
        f"- Academy Award Nomination ({film.year + 1}) – Best Actress ({a.actor})",
        f"- Goya Award Nomination ({film.year + 1}) – Best Supporting Actress ({b.actor})",
        "Trivia",
        f"- {a.actor} prepared for the role of {a.character} by working for months as a {a.occupation}.",
        f"- {film.director} wrote the first draft of the script in {film.city}.",
        "",
    ]
    return "\n".join(lines)


def synopsis(rng: random.Random, film: FilmTruth) -> str:
    plot = plot_sentences(rng, film)
    lines = [
        film.title, "", "", "Synopsis", "", " ".join(plot[:4]), "",
        f"Original Languages: {film.language}",
        f"Genre: {film.genre.capitalize()}",
        f"Running Time: {film.runtime}",
        f"Year: {film.year}",
        "", "CREDITS", "", "CAST",
    ]
    lines += [c.actor for c in film.cast[:3]]
    lines += ["DIRECTED BY", film.director, "", "PHOTOS", ""]
    lines += [f"L to R: {c.actor} as {c.character} in {film.title.upper()}. Courtesy of Sony Pictures Classics."
              for c in film.cast[:2]]
    return "\n".join(lines) + "\n"


DOCUMENTS = {"review.txt": review, "awards.txt": awards, "summary.txt": summary, "synopsis.txt": synopsis}


def film_documents(film: FilmTruth) -> dict[str, str]:
    rng = random.Random(f"{SEED}:{film.n}:documents")
    return {name: make(rng, film) for name, make in DOCUMENTS.items()}


def generate(root: Path, count: int) -> list[FilmTruth]:
    """Write `count` films under root (replacing what was there) and return their truth."""
    root = Path(root)
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    truths = [make_truth(n, title) for n, title in enumerate(titles(count))]
    for film in truths:
        folder = root / film.slug
        folder.mkdir()
        (folder / "film.toml").write_text(f'title = "{film.title}"\nyear = {film.year}\n', encoding="utf-8")
        for name, text in film_documents(film).items():
            (folder / name).write_text(text, encoding="utf-8")
    return truths


def save_truth(path: Path, truths: list[FilmTruth]) -> None:
    Path(path).write_text(json.dumps([asdict(t) for t in truths], ensure_ascii=False), encoding="utf-8")


def load_truth(path: Path) -> list[FilmTruth]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [FilmTruth(**{**d, "cast": [Credit(**c) for c in d["cast"]]}) for d in data]
