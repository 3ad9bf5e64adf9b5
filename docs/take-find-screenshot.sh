#!/usr/bin/env bash
# Takes the README's screenshot of the Find window: runs the built jar on a fresh ledger in a private Xvfb display,
# finds a word several sample articles use, steps to the second match with F3 and saves a PNG.
# Needs what docs/screenshot-session.sh says.
source "$(dirname "$0")/screenshot-session.sh"
out=${1:-docs/find-window.png}
open_claimdesk 20
xdotool key ctrl+f
sleep 2
xdotool type --delay 40 "million"
xdotool key Return
sleep 2
xdotool key F3 F3
sleep 2
# No window manager runs in Xvfb: bring the Find window back above the main window by hand.
xdotool search --name "Find in the ledger" windowraise
sleep 1
save_screen "$out"
