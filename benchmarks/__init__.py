"""`make bench`: Trellis under load, beside a bare Django project served the same way."""
