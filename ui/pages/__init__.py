"""One module per screen; each registers its page(s) with ``register(state)``."""
