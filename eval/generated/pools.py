"""Word pools for generate.py: titles, people, characters, ceremonies, critics, outlets, places.

Names are deliberately awkward: accents, hyphens, particles ("de la", "van der"), single names,
first names that are also title or question words ("Will", "May", "Mr."), and titles that are
numbers, have colons, are one word or are common English words.
"""

# (title, original-language alias or None, language)
TITLES = [
    ("The Salt Road", "El camino de la sal", "Spanish"),
    ("Home", None, "English"),
    ("Still", None, "English"),
    ("Nobody", None, "English"),
    ("Together", "Ensemble", "French"),
    ("Always", "Siempre", "Spanish"),
    ("Ember", None, "English"),
    ("Harbour: A Love Story", None, "English"),
    ("Winter Is Coming Home", None, "English"),
    ("12 Winters", "Doce inviernos", "Spanish"),
    ("Room 404", None, "English"),
    ("The Last Train 2", None, "English"),
    ("1985", None, "English"),
    ("Part Three: The Reckoning", None, "English"),
    ("Sisters of the Tide", "Hermanas de la marea", "Spanish"),
    ("The Orchard Keepers", "Les Gardiens du verger", "French"),
    ("Two Summers in Lisbon", "Dois Verões em Lisboa", "Portuguese"),
    ("August", "Agosto", "Portuguese"),
    ("Night Shift", "Nachtschicht", "German"),
    ("The Quiet Hours", "Le ore silenziose", "Italian"),
    ("Mother of Pearl", None, "English"),
    ("Red Earth", "Terra rossa", "Italian"),
    ("The Glass Daughter", "La hija de cristal", "Spanish"),
    ("Brothers: A Reckoning", None, "English"),
    ("Paper Lanterns", "Lanternes de papier", "French"),
    ("Silence", "Silencio", "Spanish"),
    ("The Cartographer's Wife", None, "English"),
    ("Borrowed Light", "Luz prestada", "Spanish"),
    ("Small Mercies", None, "English"),
    ("The Ninth Wave", "Die neunte Welle", "German"),
    ("Lullaby for 3", "Canción de cuna para tres", "Spanish"),
    ("Open Water", None, "English"),
    ("Echoes: Part II", None, "English"),
    ("Before the Rain Falls", "Antes de que llueva", "Spanish"),
    ("The Keeper", None, "English"),
    ("Maria's Garden", "El jardín de María", "Spanish"),
    ("Daylight", None, "English"),
    ("The Second Mother", "A Segunda Mãe", "Portuguese"),
    ("Under the Olive Trees", "Sotto gli ulivi", "Italian"),
    ("Homecoming", None, "English"),
    ("A Map of Scars", "Un mapa de cicatrices", "Spanish"),
    ("Bloodlines", "Linajes", "Spanish"),
    ("The Ferryman's Daughter", None, "English"),
    ("Seven Letters", "Sette lettere", "Italian"),
    ("Tender", None, "English"),
    ("The Weight of Snow", "Le Poids de la neige", "French"),
    ("Found", None, "English"),
    ("Little Fires: Chapter 2", None, "English"),
    ("The Inheritance", "La herencia", "Spanish"),
    ("Crossing", None, "English"),
]

# Actors and crew: (name, gender) with "f", "m".
FIRST_F = ["Penélope", "Marisol", "Inès", "Zoë", "May", "Ana-Lucía", "Chloé", "Björk", "Renée",
           "Dolores", "Ximena", "Lourdes", "Émilie", "Noémie", "Agnieszka", "Siobhán", "Aitana",
           "Grace", "Hope", "Jo", "Mercedes", "Itziar", "Carmen", "Léa"]
FIRST_M = ["Will", "Joaquín", "Raúl", "Jean-Luc", "Mr.", "Íñigo", "Søren", "Tomás", "Álvaro",
           "Mark", "Bill", "Rhys", "Nuno", "Luís", "Gaspar", "Benoît", "Kwame", "Hugo", "José Luis",
           "Asier", "Eduardo", "Rob", "Sandro", "Guy", "Frank"]
SURNAMES = ["Almodóvar", "Sánchez-Gijón", "de la Torre", "de Palma", "van der Berg", "Elejalde",
            "Núñez", "Ferreira", "O'Connell", "Zubizarreta", "Moreau", "Lindqvist", "Okafor",
            "Castellanos", "del Río", "Brandão", "Iglesias", "Alcaine", "Kowalski", "MacLeod",
            "Ibáñez", "Serrano", "Bellucci", "Dupont-Aignan", "Echeverría", "Haddad", "da Silva",
            "Mendoza", "Ruiz de Alda", "Smit", "Weiss", "García-Lorca", "Orbegozo", "Quintero",
            "Le Guen", "Fitzgerald", "Amenábar", "Uribe", "Navarro", "St. John"]
SINGLE = ["Aitzol", "Yelena", "Madonna", "Zizou", "Nacho"]  # stage names with no surname

# Characters: first names and surnames used only by characters.
CHAR_F = ["Janis", "Lucía", "Marta", "Inés", "Nieves", "Rocío", "Amparo", "Paloma", "Elvira",
          "Candela", "Julia", "Irene", "Beatriz", "Consuelo", "Maite", "Helena", "Sol", "Ágata"]
CHAR_M = ["Arturo", "Mateo", "Ramón", "Gonzalo", "Ignacio", "Félix", "Bruno", "Andrés", "Ángel",
          "Salvador", "Teo", "Rafael", "Dario", "Nico", "Esteban", "Hilario"]
CHAR_SURNAMES = ["Martínez Moreno", "Manso", "Buendía", "Ortega", "de la Cruz", "Valdés", "Ibarra",
                 "Solís", "Roldán", "Esquivel", "Lozano", "Arrieta", "Benítez", "Carrasco"]

PROFESSIONS_F = ["photographer", "architect", "midwife", "translator", "pharmacist", "lawyer",
                 "journalist", "seamstress", "veterinarian", "baker"]
PROFESSIONS_M = ["anthropologist", "historian", "geologist", "sculptor", "surveyor", "notary",
                 "archivist", "forensic doctor", "carpenter", "fisherman"]
PARENT_JOBS = ["actress", "singer", "dancer", "painter", "politician", "novelist"]
CITIES = ["Madrid", "Seville", "Bilbao", "Valencia", "Lisbon", "Porto", "Marseille", "Naples",
          "Buenos Aires", "Oaxaca", "Zaragoza", "Cádiz"]
VILLAGES = ["Torremocha de Jarama", "Valdemorillo", "Alcalá del Júcar", "Sant Pere de Ribes",
            "Villanueva de la Vera", "Mértola", "Castelmezzano", "Navalcarnero", "Cuenca de Campos"]
MISSIONS = [
    ("exhuming a mass grave in her home village", "great-grandfather", "the exhumation"),
    ("finding the sunken fishing boat that took her grandfather", "grandfather", "the dive"),
    ("tracing the orphanage records of her lost uncle", "uncle", "the search"),
    ("recovering the letters her great-aunt buried before the war", "great-aunt", "the dig"),
]
TWISTS = [
    ("the babies were switched at birth", ["switched", "mixed up"], "a DNA test"),
    ("the letters were written by her own father", ["father"], "a handwriting expert"),
    ("the child is not biologically hers", ["not biologically", "not hers"], "a blood test"),
    ("her mother had lied about the accident", ["lied"], "an old police report"),
]
PLACES_MEET = ["a maternity ward", "a hospital room", "a night ferry", "a hospital corridor"]

COMPANIES = ["El Deseo", "Tornasol Films", "Morena Films", "Les Films du Fleuve", "Rai Cinema",
             "Warp Films", "Atresmedia Cine", "Bord Cadre"]
DISTRIBUTORS = ["Sony Pictures Classics", "Neon", "Mubi", "Curzon Artificial Eye", "Magnolia Pictures",
                "Music Box Films", "Film Movement", "Kino Lorber"]
GENRES = ["Drama", "Melodrama", "Thriller", "Comedy-drama", "Historical drama", "Romance"]
PAINTERS = ["Diego Velázquez", "Francisco de Goya", "Joaquín Sorolla", "Johannes Vermeer",
            "Edward Hopper", "Caravaggio", "Georges de La Tour"]
BOOK_AUTHORS = ["Almudena Grandes", "Carmen Laforet", "Javier Marías", "Elena Ferrante",
                "Annie Ernaux", "Rosa Montero"]

# Ceremonies: (awards-page heading, summary name, short name for questions, kind)
# kind "academy" is nominated-only and named "Oscar" in questions; "festival" gives a named prize.
CEREMONIES = [
    ("Academy Awards®", "Academy Award", "Oscar", "academy"),
    ("Goya Awards®", "Goya Award", "Goya", "national"),
    ("Golden Globes®", "Golden Globe", "Golden Globe", "national"),
    ("BAFTA Awards", "BAFTA", "BAFTA", "national"),
    ("César Awards", "César Award", "César", "national"),
    ("European Film Awards", "European Film Award", "European Film Award", "national"),
    ("Independent Spirit Award®", "Independent Spirit Award", "Independent Spirit", "national"),
    ("Los Angeles Film Critics Association Awards", "LAFCA Award", "LA film critics", "critics"),
    ("New York Film Critics Circle Awards", "NYFCC Award", "New York critics", "critics"),
    ("Gotham Awards", "Gotham Award", "Gotham", "national"),
    ("David di Donatello Awards", "David di Donatello", "David di Donatello", "national"),
    ("Platino Awards", "Platino Award", "Platino", "national"),
]
FESTIVALS = [
    ("Venice Film Festival", "Volpi Cup", "Venice"),
    ("Cannes Film Festival", "Prix d'interprétation", "Cannes"),
    ("Berlin International Film Festival", "Silver Bear", "Berlin"),
    ("San Sebastián International Film Festival", "Silver Shell", "San Sebastian"),
    ("Locarno Film Festival", "Pardo", "Locarno"),
    ("Karlovy Vary International Film Festival", "Crystal Globe", "Karlovy Vary"),
    ("Sundance Film Festival", "Grand Jury Prize", "Sundance"),
]
CATEGORIES = ["Best Film", "Best Director", "Best Original Screenplay", "Best Cinematography",
              "Best Art Direction", "Best Sound", "Best Editing", "Best Costume Design",
              "Best Foreign Language Film", "Best International Film", "Best Original Score",
              "Best Supporting Actor", "Best Makeup"]

CRITICS = ["David Rooney", "Stephanie Zacharek", "Owen Gleiberman", "Anna Hornaday", "Clayton Davis",
           "Will Gompertz", "May Abdalla", "Jean-Michel Frodon", "Mr. Beaks", "Mariana de la Vega",
           "Siobhán O'Rourke", "Björn Åkesson", "Kate Muir", "Rex Reed", "Xan Brooks", "Ty Burr",
           "Manohla Dargis", "Nell Minow", "Glenn Kenny", "Ángel Fernández-Santos", "Peter Travers",
           "Alissa Wilkinson", "Noel Murray", "Bilge Ebiri"]
OUTLETS = ["THE HOLLYWOOD REPORTER", "TIME", "VARIETY", "THE WASHINGTON POST", "INDIEWIRE",
           "THE GUARDIAN", "EL PAÍS", "LE MONDE", "SIGHT AND SOUND", "ROLLINGSTONE", "SLANT",
           "THE NEW YORKER", "EMPIRE", "SCREEN DAILY", "VULTURE", "THE TIMES"]
BLOGGERS = ["Jared Huizenga", "Lou de la Fuente", "May Pereira", "Will Tran", "Rosa-Linda Kaye",
            "Jonah St. Clair", "Ines Vogt", "Mo Adeyemi"]

# Quote templates for the awards page: (text, key phrases a question about it accepts).
QUOTES = [
    ("It’s a testament to the consummate gifts of {director}—now entering the fifth decade of a career "
     "still going strong—that the film never loses its grip on the emotional lives of its characters.",
     ["consummate", "testament"]),
    ("{lead} is astonishing, in what may be the best performance of {lead_pos} career so far.",
     ["astonishing", "best performance"]),
    ("{director_plain}’s best since {older_film}. The picture draws you in and holds you. {lead} acts this "
     "part with a mood-shifting immediacy that leaves you breathless.",
     ["draws you in", "breathless", "{older_film}"]),
    ("With his characteristic attention to tone, detail and visual design, {director_surname} executes a "
     "cinematic hat trick with finesse and seriousness of purpose.",
     ["hat trick", "finesse"]),
    ("His ace in the hole is composer {composer}, who orchestrates a tension-filled yet intoxicating score "
     "that the Academy’s music branch would be criminal to ignore.",
     ["ace in the hole", "intoxicating", "criminal to ignore"]),
    ("A quietly ferocious film about what we inherit and what we choose to bury; {second} is the "
     "discovery of the year.",
     ["quietly ferocious", "discovery of the year"]),
    ("Overlong and oddly airless, {title} mistakes solemnity for depth, though {lead} is never less "
     "than watchable.",
     ["overlong", "airless", "solemnity"]),
    ("Every frame glows; {cinematographer}’s camera makes a kitchen feel like a cathedral.",
     ["cathedral", "every frame glows"]),
]

OLDER_FILMS = ["All About My Mother", "Talk to Her", "Volver", "The Skin I Live In", "Pain and Glory",
               "Julieta", "The Flower of My Secret", "Live Flesh", "Bad Education", "Broken Embraces"]
RECOMMENDED = ["Roma (2018)", "Julieta (2016)", "Pieces of a Woman (2020)", "The Lost Daughter (2021)",
               "Amour (2012)", "Capernaum (2018)", "Shoplifters (2018)", "Aftersun (2022)"]
ACTRESSES_COMPETING = ["Lady Gaga", "Nicole Kidman", "Jennifer Hudson", "Olivia Colman", "Kristen Stewart",
                       "Cate Blanchett", "Michelle Yeoh", "Ana de Armas"]

# How the second lead is praised in the long review: (sentence, key phrases).
SECOND_PRAISE = [
    ("{second}, meanwhile, holds {pos} own beautifully, creating a {b} that is equally wounded and wide-eyed.",
     ["holds {pos} own", "wounded"]),
    ("{second} is the real find here: raw, funny and impossible to look away from as {b}.",
     ["real find", "impossible to look away"]),
    ("{second}, in only {pos} second screen role, gives {b} a prickly, luminous stubbornness.",
     ["luminous", "stubbornness"]),
]
LEAD_PRAISE = [
    ("{lead}, frankly, is a revelation.", ["revelation"]),
    ("{lead} gives the performance of a lifetime.", ["performance of a lifetime"]),
    ("{lead} is simply magnificent.", ["magnificent"]),
]
