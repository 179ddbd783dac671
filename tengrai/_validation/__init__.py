"""The checks behind `tengrai.validation`, one concern per module, every rule read from the compiled spec.

* `rules`: a property's schema (from `tengrai._compiled`) compiled once into a `rules.Rules` record; a schema
  keyword nothing here understands fails loudly (NotImplementedError) instead of skipping a rule.
* `scalars`: one value against its rules: JSON type, enum, ranges, ``multipleOf``, lengths, patterns, ``format:
  uri``, arrays and closed objects.
* `extensions`: the spec's ``x-`` rules: ``x-max-words`` (`extensions.TruncationWarning`), ``x-webhook-policy``,
  ``x-max-pixel-area`` (and ``-with``) with the ``x-sizes`` of an aspect ratio, ``x-seed-transform``.
* `requests`: an operation's request body as a whole: unknown and required fields, ``dependentRequired``, the
  ``if``/``then`` rules of its ``allOf``, and its path and query parameters.
* `messages`: the words of the errors (numbers, did-you-mean, the ``x-sdk-own`` note).

Every broken rule raises `tengrai.ValidationError` naming the API field, the value and the rule.
"""
