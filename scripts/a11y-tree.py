#!/usr/bin/python3
"""Prints the accessibility tree of the running Reflectietool as a screen
reader such as Orca reads it over AT-SPI: role and name of every node.

With --open, it then presses the first "Openen…"/"Open…" button of the home
page through AT-SPI (as a screen reader user would) and prints the tree of
the reflection's first theme page too.

Run it through scripts/a11y-tree.sh, which starts a private D-Bus session,
the accessibility bus, a virtual X display and the program.
"""

import sys
import time

import pyatspi

MAX_DEPTH = 40


def app_of_program(wait_s=30.0):
    """Returns the AT-SPI application of the program, waiting for it."""
    deadline = time.time() + wait_s
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is None:
                continue
            name = (app.name or "").lower()
            if "reflectietool" in name:
                # the window shows up once the first frame is drawn
                if app.childCount > 0:
                    return app
        time.sleep(0.5)
    names = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
    sys.exit(f"the program did not appear on the accessibility bus; applications: {names}")


def walk(node, depth=0, out=None):
    """Lists (depth, role, name) of a node and everything below it."""
    if out is None:
        out = []
    if node is None or depth > MAX_DEPTH:
        return out
    try:
        role = node.getRoleName()
        name = node.name or ""
    except Exception as e:  # a node that went away meanwhile
        out.append((depth, "?", f"<{e}>"))
        return out
    out.append((depth, role, name, node))
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        walk(child, depth + 1, out)
    return out


def show(title, nodes):
    print(f"===== {title} =====")
    for depth, role, name, *_ in nodes:
        # plain text runs repeat their label; leave them out
        if role in ("text", "static") and not name:
            continue
        print(f"{'  ' * min(depth, 20)}{role}: {name!r}")
    print()


def main():
    app = app_of_program()
    nodes = walk(app)
    show("home", nodes)
    if "--open" not in sys.argv:
        return
    buttons = [
        n
        for _, role, name, n in (x for x in nodes if len(x) == 4)
        if role in ("push button", "button") and (name.startswith("Openen") or name.startswith("Open"))
    ]
    if not buttons:
        sys.exit("no Openen/Open button on the home page")
    pressed = buttons[0].name
    action = buttons[0].queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("click", "press", "activate", "default"):
            action.doAction(i)
            break
    else:
        action.doAction(0)
    time.sleep(3)
    show("after pressing " + repr(pressed), walk(app_of_program()))


if __name__ == "__main__":
    main()
