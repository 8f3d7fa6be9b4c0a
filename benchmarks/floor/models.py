from django.db import models


class Row(models.Model):
    """One line of the 30-row list: about what a list of questions or activities shows."""

    title = models.CharField(max_length=200)
    author = models.CharField(max_length=100)
    published_at = models.DateTimeField(db_index=True)

    # Said outright: mypy checks with Trellis's settings, where this app is not installed.
    objects: "models.Manager[Row]" = models.Manager()

    def __str__(self) -> str:
        return self.title
