"""The task flows a resource method runs on the engine: creating a task and recovering one whose create answer was
lost (`create`, `recovery`), the client's one registry of its tasks (`registry`), waiting for a task to end
(`waiting`, with what the client learns about task durations in `durations`), and downloading its results
(`downloads`)."""
