"""The engine: the sans-IO effects every flow yields (`effects`), the blocking and async runners that perform them
(`runners`), the request builder (`request_builder`), and the transport they send on: deadline-bounded sockets and
the public-address check (`transports`, `limits`)."""
