"""Latin spellings of names: the tables live in `trellis.core.transliteration`, shared with the
attendance importer; the demo data keeps importing them from here."""

from trellis.core.transliteration import transliterate

__all__ = ["transliterate"]
