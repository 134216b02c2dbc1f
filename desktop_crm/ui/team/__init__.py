"""The team in the app: connecting a file to the team server, syncing in the background with
its state in the status bar, and the Conflicts page (issue 16, first half).

The engine (``desktop_crm/sync``) is used through its public functions only, as the CLI uses
it: ``connection.connect / sync / status / disconnect`` and ``domain/conflicts``.
"""
