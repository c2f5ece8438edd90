"""The web console: server-rendered pages over the store, every one scoped through Principal."""
