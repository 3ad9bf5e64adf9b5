#!/usr/bin/env bash
# Builds the installable Claimdesk with jpackage: `packaging/build.sh app-image` (default) or `packaging/build.sh deb`.
# Output goes to target/jpackage/. The runnable jar (JavaFX included) runs on the classpath inside a trimmed runtime,
# the same way `java -jar target/claimdesk.jar` runs; the sample articles ship beside it in lib/app/seeds, where
# SeedLibrary.locate finds them by walking up from the jar. packaging/linux/ overrides jpackage's desktop entry so
# that a .claimdesk file opened from the desktop reaches the app (Exec ... %F).
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-app-image}"
case "$kind" in app-image|deb) ;; *) echo "usage: packaging/build.sh [app-image|deb]" >&2; exit 2 ;; esac

if [ ! -f target/claimdesk.jar ] || [ -n "$(find src pom.xml -newer target/claimdesk.jar -print -quit)" ]; then
  mvn -B -q package -DskipTests
fi
# The version comes from the pom, through the manifest the build wrote.
version="$(unzip -p target/claimdesk.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')"

input=target/jpackage/input
out=target/jpackage
rm -rf "$input" "$out/Claimdesk" "$out"/*.deb
mkdir -p "$input"
cp target/claimdesk.jar "$input/"
cp -r seeds "$input/seeds"

# jdeps cannot see through the shaded jar's reflection (JDBC drivers, JavaFX natives), so the modules are listed here.
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting
modules+=,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.unsupported,jdk.zipfs

args=(--type "$kind" --dest "$out" --name Claimdesk --app-version "$version"
      --vendor "Claimdesk" --description "Offline workbench for fact-checkers"
      --input "$input" --main-jar claimdesk.jar --main-class claimdesk.Main
      --add-modules "$modules" --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands"
      --icon packaging/claimdesk.png)
if [ "$kind" = deb ]; then
  args+=(--linux-package-name claimdesk --linux-shortcut --linux-menu-group "Office"
         --linux-app-category editors --file-associations packaging/file-association.properties
         --resource-dir packaging/linux
         --linux-package-deps "libgtk-3-0, libxtst6, libgl1" --linux-deb-maintainer "claimdesk@example.org")
fi
jpackage "${args[@]}"
find "$out" -maxdepth 1 \( -name Claimdesk -o -name "*.deb" \)
