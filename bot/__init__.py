"""FilmBot: the answer engine (bot.answer), its command line (bot.cli) and Discord front end (bot.discord)."""
