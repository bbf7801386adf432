"""The listing of a person's image folder (torchvision's ImageFolder layout), safe on hostile folders: a link is
followed only to a folder or file inside the folder and not yet listed (a loop ends, a link to itself adds nothing),
and what is not a regular file (a FIFO, a device) is passed over, never opened. torchvision's own listing follows
every link, so a loop never ends.

Self-contained, like :mod:`.images`: the exported script copies these functions by source.
"""
from __future__ import annotations

import heapq
import os
from pathlib import Path

from ..errors import DataError
from ..text import msg


def _inside(path: str, top: str) -> bool:
    """Whether the resolved ``path`` is ``top`` or lies below it."""
    return path == top or path.startswith(top.rstrip(os.sep) + os.sep)


def _class_folders(root: Path) -> tuple[list[str], int]:
    """(the class folders of ``root``, sorted: its folders, a link only when it leads to a folder inside it; how
    many of its folders are links out of it, not followed)."""
    top = os.path.realpath(root)
    try:
        entries = list(os.scandir(root))
    except OSError:
        return [], 0
    found, out = [], 0
    for e in entries:
        if not e.is_dir():
            continue
        if not e.is_symlink():
            found.append(e.name)  # a plain folder lies inside
            continue
        real = os.path.realpath(e.path)
        if real != top and _inside(real, top):
            found.append(e.name)
        elif real != top:
            out += 1
    return sorted(found), out


def _walk_images(root: Path, index: dict[str, int], extensions) -> tuple[list[tuple[str, int]], set[str], int]:
    """([(image path, label)] in torchvision's order, the classes without an image, how many links or entries were
    passed over): every folder below each class folder, once each; a link only when it leads inside ``root`` to a
    folder not yet listed (never out of the folder or back into it, so a loop ends) or to a regular file not yet
    listed; what is not a regular file (a FIFO, a device) is never opened. Only links are resolved: a plain entry's
    real path is its folder's real path joined with its name, so a big folder lists about as fast as torchvision."""
    top = os.path.realpath(root)
    homes = {os.path.realpath(os.path.join(root, name)) for name in index}
    visited, seen, empty, skipped, pairs = {top}, set(), set(), 0, []
    for name in sorted(index):
        home = os.path.join(str(root), name)
        stack, listed = [(home, os.path.realpath(home))], []
        while stack:
            folder, real = heapq.heappop(stack)  # the folders in name order, each with its real path
            # a class folder is listed under its own name only, and each folder once
            if real in visited or (real in homes and folder != home) or not _inside(real, top):
                skipped += 1
                continue
            visited.add(real)
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError:
                continue  # an unreadable folder, as torchvision's walk
            files = []
            for entry in entries:
                link = entry.is_symlink()
                target = os.path.realpath(entry.path) if link else os.path.join(real, entry.name)
                if entry.is_dir():
                    heapq.heappush(stack, (entry.path, target))
                elif entry.name.lower().endswith(extensions):
                    if entry.is_file() and (not link or _inside(target, top)) and target not in seen:
                        seen.add(target)
                        files.append(entry.path)
                    else:
                        skipped += 1
            listed.append((folder, files))
        found = [(path, index[name]) for _, files in sorted(listed) for path in files]
        empty |= set() if found else {name}
        pairs += found
    return pairs, empty, skipped


def _links_out(count: int) -> str:
    """The sentence that says ``count`` class folders were links out of the folder, not followed."""
    many = count != 1
    if many:
        return msg("{count} class folders are links out of the folder, which netbuilder does not follow (a link "
                   "could lead back in and loop): copy them in, or point the dataset at the folder that holds them",
                   count=count)
    return msg("{count} class folder is a link out of the folder, which netbuilder does not follow (a link could "
               "lead back in and loop): copy it in, or point the dataset at the folder that holds it", count=count)


def scan_folder(root: Path, classes: list[str] | None) -> tuple[list[str], list[str], list[int]]:
    """(class names, image paths, labels) of an ImageFolder layout, listed now: torchvision's class folders (sorted)
    and image extensions, in its order, without following a link out of the folder or back into it and without
    opening anything. ``classes``: the training set's, which a test folder must use."""
    from torchvision.datasets.folder import IMG_EXTENSIONS

    found, out = _class_folders(root)
    links = msg("; {sentence}", sentence=_links_out(out)) if out else ""
    if not found:
        if out:
            raise DataError(msg("image folder {root} has no class folders inside it: {links_out}", root=root,
                                links_out=_links_out(out)))
        raise DataError(msg("image folder {root} has no class folders: put the images of each class in a folder of "
                            "its own inside it (like {cats} and {dogs})", root=root, cats=root / 'cats',
                            dogs=root / 'dogs'))
    if classes is None:
        classes = found
        if len(classes) < 2:
            raise DataError(msg("image folder {root} has {n_classes} class folder ({classes}): a classifier needs "
                                "2 or more, one folder of images per class{links}", root=root, n_classes=len(classes),
                                classes=', '.join(classes), links=links))
    elif sorted(found) != sorted(classes):
        raise DataError(msg("test folder {root} has the classes {found} but the training folder has {classes}: "
                            "they must be the same{links}", root=root, found=', '.join(found),
                            classes=', '.join(classes), links=links))
    pairs, empty, skipped = _walk_images(root, {name: i for i, name in enumerate(classes)}, IMG_EXTENSIONS)
    if empty:
        links = ""
        if skipped == 1:
            links = msg("; {skipped} link out of the folder, back into it or to what is not a file were not followed",
                        skipped=skipped)
        elif skipped:
            links = msg("; {skipped} links out of the folder, back into it or to what is not a file were not "
                        "followed", skipped=skipped)
        values = {"root": root, "empty": ', '.join(sorted(empty)), "links": links,
                  "img_extensions": ', '.join(IMG_EXTENSIONS)}
        if len(empty) == 1:
            raise DataError(msg("image folder {root}: no image in the class folder {empty}{links} (images: "
                                "{img_extensions})", **values))
        raise DataError(msg("image folder {root}: no image in the class folders {empty}{links} (images: "
                            "{img_extensions})", **values))
    return classes, [p for p, _ in pairs], [label for _, label in pairs]
