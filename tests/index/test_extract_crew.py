"""Crew credits from the seed documents and from other phrasings."""
from __future__ import annotations


def credits(facts) -> set[tuple]:
    return {(f.role, f.name) for f in facts}


def test_review(seeds, facts_of):
    # "written and directed by", "director X’s latest", "cinematography by", a photo credit.
    assert credits(facts_of(seeds["000"], "crew")) == {
        ("writer", "Pedro Almodóvar"), ("director", "Pedro Almodóvar"),
        ("cinematographer", "José Luis Alcaine"), ("distributor", "Sony Pictures Classics"),
    }


def test_long_review(seeds, facts_of):
    # "DP José Luis Alcaine", "Alberto Iglesias’ Oscar-nominated score".
    assert credits(facts_of(seeds["001"], "crew")) == {
        ("cinematographer", "José Luis Alcaine"), ("composer", "Alberto Iglesias"),
    }


def test_press_page(seeds, facts_of):
    # "composer Alberto Iglesias", "production company, El Deseo", "– Pedro Almodóvar, Director".
    assert credits(facts_of(seeds["002"], "crew")) == {
        ("composer", "Alberto Iglesias"), ("director", "Pedro Almodóvar"),
        ("production_company", "El Deseo"),
    }


def test_summary(seeds, facts_of):
    assert credits(facts_of(seeds["003"], "crew")) == {("composer", "Alberto Iglesias")}


def test_credit_block_and_captions(seeds, facts_of):
    # "DIRECTED BY\nPedro Almodóvar"; "© El Deseo" is a copyright line, not a credit.
    assert credits(facts_of(seeds["004"], "crew")) == {
        ("director", "Pedro Almodóvar"), ("distributor", "Sony Pictures Classics"),
    }


def test_each_credit_once(seeds, facts_of):
    facts = facts_of(seeds["004"], "crew")
    assert len(facts) == len(credits(facts))


def test_other_phrasings(facts_of):
    text = (
        "Directed by Céline Sciamma, the film is a quiet marvel. Sciamma keeps it simple.\n"
        "Screenplay by Céline Sciamma. Music by Para One. Edited by Julien Lacheray.\n"
        "Cinematographer Claire Mathon frames every face; film editor Julien Lacheray cuts tight.\n"
        "The score was composed by Jean-Baptiste de Laubier.\n"
        "Producer Bénédicte Couvreur backed it, and it was distributed by Neon.\n"
        "Photo courtesy of Getty Images. Courtesy of Pyramide Films.\n"
    )
    assert credits(facts_of(text, "crew")) == {
        ("director", "Céline Sciamma"), ("writer", "Céline Sciamma"),
        ("editor", "Julien Lacheray"), ("cinematographer", "Claire Mathon"),
        ("composer", "Jean-Baptiste de Laubier"), ("producer", "Bénédicte Couvreur"),
        ("composer", "Para One"), ("distributor", "Neon"), ("distributor", "Pyramide Films"),
    }


def test_label_lines(facts_of):
    text = "Director: Kelly Reichardt\nMusic: William Tyler\nCinematography: Christopher Blauvelt\n"
    assert credits(facts_of(text, "crew")) == {
        ("director", "Kelly Reichardt"), ("composer", "William Tyler"),
        ("cinematographer", "Christopher Blauvelt"),
    }


def test_no_junk_credits(facts_of):
    text = (
        "It recalls director Denis Villeneuve’s Arrival more than anything.\n"  # named once: a comparison
        "Art director Jane Roe dressed the sets.\n"
        "The novel written by Elena Ferrante sold well.\n"
        "Photo courtesy of Getty Images. Courtesy of Jane Doe.\n"
        "The Rotten Tomatoes’ critics score is high. Almodóvar’s work impresses.\n"
        "About the Director\nPedro Almodóvar made his entry in 1980.\n"
    )
    assert facts_of(text, "crew") == []


def test_infobox_rows(facts_of):
    text = (
        "| Directed by | Park Min-soo |\n| Screenplay by | Park Min-soo, Lee Ji-won |\n"
        "| Produced by | Kwak Sin-ae, Moon Yang-kwon |\n| Music by | Jung Jae-il |\n"
        "| Cinematography | Hong Kyung-pyo |\n| Edited by | Yang Jin-mo |\n"
        "Directed by\tGianni Russo\n"
    )
    assert credits(facts_of(text, "crew")) == {
        ("director", "Park Min-soo"), ("writer", "Park Min-soo"), ("writer", "Lee Ji-won"),
        ("producer", "Kwak Sin-ae"), ("producer", "Moon Yang-kwon"), ("composer", "Jung Jae-il"),
        ("cinematographer", "Hong Kyung-pyo"), ("editor", "Yang Jin-mo"), ("director", "Gianni Russo"),
    }


def test_an_infobox_pasted_as_text_gives_further_names_a_line_each(facts_of):
    text = ("Anatomy of a Fall\nDirected by\tJustine Triet\nWritten by\tJustine Triet\nArthur Harari\n"
            "Produced by\tMarie-Ange Luciani\nDavid Thion\nStarring\tSandra Hüller\n\nPlot\nA writer is accused.\n")
    assert credits(facts_of(text, "crew")) == {
        ("director", "Justine Triet"), ("writer", "Justine Triet"), ("writer", "Arthur Harari"),
        ("producer", "Marie-Ange Luciani"), ("producer", "David Thion")}


def test_name_lists_after_by(facts_of):
    text = (
        "Music by Ennio Morricone.\nCinematography: Luca Bigazzi\nEdited by Walter Fasano\n"
        "Screenplay by Anna Ferri and Paolo Sorra\n"
        "Produced by Nicola Giuliano, Francesca Cima and Carlotta Calori.\n"
    )
    assert credits(facts_of(text, "crew")) == {
        ("composer", "Ennio Morricone"), ("cinematographer", "Luca Bigazzi"), ("editor", "Walter Fasano"),
        ("writer", "Anna Ferri"), ("writer", "Paolo Sorra"), ("producer", "Nicola Giuliano"),
        ("producer", "Francesca Cima"), ("producer", "Carlotta Calori"),
    }


def test_a_comma_after_a_name_is_not_always_a_list(facts_of):
    text = "Produced by Jane Doe, Pedro Almodóvar’s longtime partner, it thrives.\n| Starring | Seo Ha-rin |\n"
    assert credits(facts_of(text, "crew")) == {("producer", "Jane Doe")}


import pytest  # noqa: E402

from index.markup import html_to_text  # noqa: E402

CREW_LAYOUTS = {
    "credits sheet with dot leaders, a wrapped list and jobs that are not these roles (executive producer, based on)": (
        "Written and Directed by ........ Michael Mann\nProduced by ........ Michael Mann, Art Linson\n"
        "Executive Producers ........ Arnon Milchan\nDirector of Photography ........ Dante Spinotti\n"
        "Production Designer ........ Neil Spisak\nFilm Editors ........ Dov Hoenig, Pasquale Buba,\n"
        "                                William Goldenberg, Tom Rolf\nMusic by ........ Elliot Goldenthal\n"
        "Art Director ........ Angelo Graham\nBased on the novel by ........ Mario Puzo\n"
        "Production company ........ The Coppola Company\nDistributed by ........ Paramount Pictures\n",
        {("writer", "Michael Mann"), ("director", "Michael Mann"), ("producer", "Michael Mann"),
         ("producer", "Art Linson"), ("cinematographer", "Dante Spinotti"), ("editor", "Dov Hoenig"),
         ("editor", "Pasquale Buba"), ("editor", "William Goldenberg"), ("editor", "Tom Rolf"),
         ("composer", "Elliot Goldenthal"), ("production_company", "Coppola Company"),
         ("production_designer", "Neil Spisak"), ("art_director", "Angelo Graham"),
         ("distributor", "Paramount Pictures")},
    ),
    "co-written with": (
        "Directed by Bong Joon-ho. The script, co-written with Han Jin-won, began as a play.\n",
        {("director", "Bong Joon-ho"), ("writer", "Han Jin-won")},
    ),
}


@pytest.mark.parametrize("name", CREW_LAYOUTS)
def test_crew_layouts(name, facts_of):
    text, expected = CREW_LAYOUTS[name]
    assert credits(facts_of(text, "crew")) == expected


def test_html_credit_table_with_press_kit_capitals(facts_of):
    html = (
        "<table class='credits'><tr><td>Directed by</td><td>BONG Joon Ho</td></tr>"
        "<tr><td>Screenplay by</td><td>BONG Joon Ho, HAN Jin Won</td></tr>"
        "<tr><td>Director of Photography</td><td>HONG Kyung Pyo</td></tr><tr><td>Editor</td><td>YANG Jin Mo</td></tr>"
        "<tr><td>Costume Designer</td><td>CHOI Se Yeon</td></tr></table>"
        "<dl><dt>Music</dt><dd>JUNG Jae Il</dd></dl>"
    )
    assert credits(facts_of(html_to_text(html), "crew")) == {
        ("director", "Bong Joon Ho"), ("writer", "Bong Joon Ho"), ("writer", "Han Jin Won"),
        ("cinematographer", "Hong Kyung Pyo"), ("editor", "Yang Jin Mo"), ("composer", "Jung Jae Il"),
        ("costume_designer", "Choi Se Yeon"),
    }


# Credit lines in every common layout (HTML is read as the index reads it, through html_to_text).
# Each names several people, joined by "and", commas or "&", and holds a line that is no crew credit.
CREDIT_LINE_LAYOUTS = {
    "Role – Name, Role by – Name (dashes), a cast line and a source credit": (
        "Directed by – Steven Spielberg\nScreenplay by – Peter Benchley and Carl Gottlieb\n"
        "Director of Photography — Bill Butler\nFilm Editor - Verna Fields\nProduced by – Richard D. Zanuck, David Brown\n"
        "Based on the novel by – Peter Benchley\nQuint, the shark hunter – played by Robert Shaw\n",
        {("director", "Steven Spielberg"), ("writer", "Peter Benchley"), ("writer", "Carl Gottlieb"),
         ("cinematographer", "Bill Butler"), ("editor", "Verna Fields"), ("producer", "Richard D. Zanuck"),
         ("producer", "David Brown")},
    ),
    "Role: Name, with &": (
        "Casting: Mike Fenton & Jane Feinberg\nCostume Design: Anthea Sylbert\nArt Direction: Stewart Campbell\n",
        {("casting", "Mike Fenton"), ("casting", "Jane Feinberg"), ("costume_designer", "Anthea Sylbert"),
         ("art_director", "Stewart Campbell")},
    ),
    "dotted leaders, a guild's letters, a wrapped list, a play as source": (
        "Screen Play by ........ Julius J. Epstein, Philip G. Epstein,\n                 Howard Koch\n"
        "Photographed by ........ Arthur Edeson, A.S.C.\nFrom a Play by ........ Murray Burnett and Joan Alison\n"
        "Rick Blaine ........ Humphrey Bogart\n",
        {("writer", "Julius J. Epstein"), ("writer", "Philip G. Epstein"), ("writer", "Howard Koch"),
         ("cinematographer", "Arthur Edeson")},
    ),
    "Role<TAB>Name, a job that is none of the roles": (
        "Photographed by\tJohn Alonzo\nEdited by\tSam O'Steen\nCamera operator\tJack Frost\n",
        {("cinematographer", "John Alonzo"), ("editor", "Sam O'Steen")},
    ),
    "Markdown table: role cell, name cell; an executive producer": (
        "| Department | Name |\n|---|---|\n| Producer | Hal B. Wallis |\n| Executive producer | Jack L. Warner |\n"
        "| Film editing | Owen Marks |\n| Original score | Max Steiner |\n",
        {("producer", "Hal B. Wallis"), ("editor", "Owen Marks"), ("composer", "Max Steiner")},
    ),
    "HTML table rows; an associate producer; a cast table": (
        html_to_text(
            "<table><tr><th>Credit</th><th>Name</th></tr><tr><td>Director</td><td>Roman Polanski</td></tr>"
            "<tr><td>Associate Producer</td><td>Clark Erickson</td></tr>"
            "<tr><td>Production Designer</td><td>Richard Sylbert</td></tr></table>"
            "<table><tr><th>Actor</th><th>Character</th></tr><tr><td>Jack Nicholson</td><td>Jake Gittes</td></tr></table>"
        ),
        {("director", "Roman Polanski"), ("production_designer", "Richard Sylbert")},
    ),
    "HTML <dl>": (
        html_to_text("<dl><dt>Edited by</dt><dd>Terry Rawlings, Peter Weatherley</dd>"
                     "<dt>Music by</dt><dd>Jerry Goldsmith</dd><dt>Release date</dt><dd>May 25, 1979</dd></dl>"),
        {("editor", "Terry Rawlings"), ("editor", "Peter Weatherley"), ("composer", "Jerry Goldsmith")},
    ),
    "HTML <li>: Role: Name, Name (role), Character – played by Actor": (
        html_to_text("<ul><li>Director: Michael Curtiz</li><li>Owen Marks (film editor)</li>"
                     "<li>Max Steiner (composer)</li><li>Hal B. Wallis (producer)</li>"
                     "<li>Ilsa Lund – played by Ingrid Bergman</li></ul>"),
        {("director", "Michael Curtiz"), ("editor", "Owen Marks"), ("composer", "Max Steiner"),
         ("producer", "Hal B. Wallis")},
    ),
}


@pytest.mark.parametrize("name", CREDIT_LINE_LAYOUTS)
def test_credit_line_layouts(name, facts_of):
    text, expected = CREDIT_LINE_LAYOUTS[name]
    assert credits(facts_of(text, "crew")) == expected


AWARD_ROWS = {  # award rows name crew, but no credit: the category is no label, a third cell follows
    "Markdown": "| Category | Nominee | Result |\n|---|---|---|\n| Best Director | Michael Curtiz | Won |\n"
                "| Best Film Editing | Owen Marks | Nominated |\n",
    "HTML": html_to_text("<table><tr><td>Best Director</td><td>Steven Spielberg</td><td>Nominated</td></tr>"
                         "<tr><td>Best Original Score</td><td>John Williams</td><td>Won</td></tr></table>"),
    "line": "Best Director – Francis Ford Coppola (won)\nBest Cinematography: Gordon Willis, nominated\n",
}


@pytest.mark.parametrize("name", AWARD_ROWS)
def test_award_rows_are_not_crew(name, facts_of):
    assert facts_of(AWARD_ROWS[name], "crew") == []


# Names read with the shared pattern (patterns.ACTOR): initials, "O'Connell", "St.", "Mr. X"; and
# one-word names where the credit's shape is a person's, unless the page prints the word inside a
# longer name (a surname or a first name alone) or it is a character's job in the story.
NAME_SHAPES = {
    "one word after 'composed by'": (
        "The hauntingly beautiful score was composed by Aitzol, a longtime collaborator.", {("composer", "Aitzol")}),
    "one word, written and directed by": (
        "The story, written and directed by Madonna, is quite clever.",
        {("writer", "Madonna"), ("director", "Madonna")}),
    "one word before (director)": (
        "L to R; Kwame O'Connell as Mateo, Madonna (director) in THE SECOND MOTHER.", {("director", "Madonna")}),
    "one word after a credit's DP": ("DP Aitzol captures interiors so rich.", {("cinematographer", "Aitzol")}),
    "one word on a label line": ("Director: Yelena\n", {("director", "Yelena")}),
    "titled name after DP": ("DP Mr. Uribe captures interiors so rich.", {("cinematographer", "Mr. Uribe")}),
    "titled name after composer": (
        "His ace in the hole is composer Mr. Kowalski Moreau, who orchestrates a score.\n"
        "Mr. Kowalski Moreau’s Oscar-nominated score deserves mention.",
        {("composer", "Mr. Kowalski Moreau")}),
    "leading initial": ("Art Director: W. Stewart Campbell\n", {("art_director", "W. Stewart Campbell")}),
    "O'Connell and St.": (
        "Music by Kwame O'Connell. Edited by Jonah St. Clair.",
        {("composer", "Kwame O'Connell"), ("editor", "Jonah St. Clair")}),
    "a surname alone is no second name": (
        "Directed by Pedro Almodóvar. Later it was directed by Almodóvar again.",
        {("director", "Pedro Almodóvar")}),
    "a first name alone where the line wraps inside the name": (  # names never cross a line
        "It is a dark fantasy film written and directed by Guillermo\ndel Toro. It runs 118 minutes.", set()),
    "a character's job in the story": (
        "Phil travels with his producer Rita and cameraman Larry to Punxsutawney.", set()),
    "a film's score, not a composer's": ("Arrival’s score is the best thing in it.", set()),
    "the first word of a name the pattern can't finish": ("Music by Junkie XL\n", set()),
}


@pytest.mark.parametrize("name", NAME_SHAPES)
def test_name_shapes(name, facts_of):
    text, expected = NAME_SHAPES[name]
    assert credits(facts_of(text, "crew")) == expected


def test_a_label_line_with_a_remark_after_the_names_and_a_camera_label(facts_of):
    text = ("- Script: Ryusuke Hamaguchi and Takamasa Oe, after the short story by Haruki Murakami\n"
            "- Camera: Hidetoshi Shinomiya\n")
    assert credits(facts_of(text, "crew")) == {
        ("writer", "Ryusuke Hamaguchi"), ("writer", "Takamasa Oe"), ("cinematographer", "Hidetoshi Shinomiya")}


def test_written_for_the_screen_by(facts_of):
    assert credits(facts_of("Written for the screen by Ted Tally\n", "crew")) == {("writer", "Ted Tally")}


def test_credit_sheets_in_other_languages(facts_of):
    # The vocabulary's other-language labels, accented, with an aside after the names.
    text = ("Réalisation ............ Agnès Varda\n"
            "Image .................. Jean Rabier\n"
            "Musique ................ Tan Dun (violoncelle solo : Yo-Yo Ma)\n"
            "Producción ......... Frederick Marx, Steve James\n"
            "Montaje ............ Bill Haugse\n"
            "Drehbuch ............ Florian Henckel von Donnersmarck\n"
            "Produziert von ........ Quirin Berg\n")
    assert credits(facts_of(text, "crew")) == {
        ("director", "Agnès Varda"), ("cinematographer", "Jean Rabier"), ("composer", "Tan Dun"),
        ("producer", "Frederick Marx"), ("producer", "Steve James"), ("editor", "Bill Haugse"),
        ("writer", "Florian Henckel von Donnersmarck"), ("producer", "Quirin Berg"),
    }
    assert facts_of(text, "cast") == []  # "Image" and "Musique" are no characters


def test_capitals_credit_lines_with_names_joined_by_and(facts_of):
    text = "WRITTEN BY . . . . . . . . STEVE BOX & NICK PARK AND MARK BURTON\n"
    assert credits(facts_of(text, "crew")) == {
        ("writer", "Steve Box"), ("writer", "Nick Park"), ("writer", "Mark Burton")}
