"""The data model: what the API answers, as immutable records.

Generated from the spec by ``make generate``: ``answers`` (a record per answer object of the plain operations:
`ApiKey`, `WebhookSecret`, ...) and ``envelopes`` (the fields every artwork answer has, from the one envelope
schema each artwork union shares), each class with the ``_parse`` that checks and converts an answer. Written by
hand: ``base`` (what the records share, and the field checks the parsers call), ``artwork`` (`Artwork`,
`V1Artwork`, `StatusEvent`, and the parsing entry points), ``handles`` (`SyncArtwork`,
`AsyncArtwork`) and ``options`` (the per-request options' TypedDicts). Nothing here imports the clients, the
engine or the resources.
"""
