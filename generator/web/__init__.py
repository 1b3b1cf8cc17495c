"""Seeds from the web: `add` saves pages into seeds/, `follow` adds the new items of RSS and
Atom feeds. A conducting package (stage 4, like the commands): it fetches politely
(`fetch.py`), reads feeds without ever expanding an entity (`feeds.py`), remembers what it added
(`seen.py`), and writes each page and its sidecar whole or not at all (`save.py`);
`collect.py` runs the two commands over many addresses, one failure never stopping the rest.
"""
