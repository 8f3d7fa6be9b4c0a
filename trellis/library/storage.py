"""Where the library keeps its files: the "library" storage, which has no public URL."""

from django.core.files.storage import Storage, storages


def library_storage() -> Storage:
    return storages["library"]
