"""The interaction network of a community: who learned with whom, its figures and brokers."""
