#!/bin/sh
# Headless Chromium and its driver for the browser tests (tests/test_browser.py), from Debian's
# packages: browser downloads cannot work on a machine that only reaches package registries.
# Already installed: nothing to do. Not root or no apt-get: say so; the browser tests then
# skip with that reason.
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser: cannot install chromium here (needs root and apt-get); the browser tests will be skipped" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null \
    || echo "install-browser: apt-get could not install chromium; the browser tests will be skipped" >&2
