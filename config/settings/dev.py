"""Local development: the defaults of base, with debugging on."""

from config.settings.base import *  # noqa: F403
from config.settings.environment import env_bool

DEBUG = env_bool("DEBUG", default=True)
