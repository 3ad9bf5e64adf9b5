#!/usr/bin/env bash
# Takes the README's screenshot of the main window: runs the built jar on a fresh ledger in a private Xvfb
# display, tags a claim the way a reviewer does (drag over the text, Ctrl+T, pick a verdict) and saves a PNG.
# Needs what docs/screenshot-session.sh says.
source "$(dirname "$0")/screenshot-session.sh"
out=${1:-docs/main-window.png}
open_claimdesk 25
# "more than 75,000 undocumented Afghan migrants" in seed 000, as laid out in a 1280x800 window.
xdotool mousemove 404 682 && sleep 0.3 && xdotool mousedown 1 && sleep 0.3
for x in 300 350 380; do xdotool mousemove "$x" 701; sleep 0.2; done
xdotool mouseup 1
sleep 0.5
xdotool key ctrl+t
sleep 1.5
# Pick "Mostly false" in the verdict list, then click into another paragraph so the highlight shows.
xdotool mousemove 830 531 click 1
sleep 0.8
xdotool key Down Down Down Down Return
sleep 1
xdotool mousemove 500 300 click 1
sleep 1
save_screen "$out"
