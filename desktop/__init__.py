"""The native shell: a pywebview window (Qt WebEngine on Linux) hosting the NiceGUI app in-process."""
