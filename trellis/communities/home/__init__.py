"""A signed-in person's own home page: what they do next, what needs them, what is new in
their communities and, for those who run communities, what waits for them.

The communities app owns the page, but most of what it shows belongs to apps above it in the
layers (activities, conversations). Those apps register a source (`home_source_register`) when
they are ready, as they register digest sections with the notifications app; each source reads
through its own app's selectors in a fixed number of queries, whatever the network's size.
"""
