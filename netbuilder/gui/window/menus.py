"""The main window's actions (objectName ``action<Name>``, the scripting contract), its menus and its toolbar. A
mixin of :class:`~.main_window.MainWindow`: the slots the actions call are the window's own."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QStyle

_ICONS = {"actionNew": QStyle.SP_FileIcon, "actionOpen": QStyle.SP_DialogOpenButton,
          "actionOpenPreset": QStyle.SP_FileDialogContentsView, "actionSave": QStyle.SP_DialogSaveButton,
          "actionDelete": QStyle.SP_TrashIcon,
          "actionAutoLayout": QStyle.SP_FileDialogListView}
LESSON_FILTER = "netbuilder lessons (*.json *.nblesson);;All files (*)"


class WindowMenus:
    def _action(self, name: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if name in _ICONS:
            action.setIcon(self.style().standardIcon(_ICONS[name]))
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcuts(QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey)
                                else [QKeySequence(shortcut)])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        K = QKeySequence.StandardKey
        a = self._action
        self.actions_by_name = {}
        for act in (
            a("actionNew", "&New", self._on_new, K.New, "Start an empty design"),
            a("actionOpen", "&Open…", self._on_open, K.Open, "Open a design file"),
            a("actionOpenPreset", "Open &Preset…", self._on_open_preset, "Ctrl+Shift+P", "Open a bundled example"),
            a("actionCollectImages", "Collect &Images…", self.collect_images,
              tip="Take pictures of each class with a camera (or add files): an image folder the design trains on"),
            a("actionSave", "&Save", self._on_save, K.Save),
            a("actionSaveAs", "Save &As…", self._on_save_as, K.SaveAs),
            a("actionQuit", "&Quit", self.close, K.Quit),
            a("actionCut", "Cu&t", self.view.cut, K.Cut),
            a("actionCopy", "&Copy", self.view.copy, K.Copy),
            a("actionPaste", "&Paste", self.view.paste, K.Paste),
            a("actionDuplicate", "D&uplicate", self.view.duplicate, "Ctrl+D"),
            a("actionDelete", "&Delete", self.view.delete_selected, K.Delete),
            a("actionSelectAll", "Select &All", self.view.select_all, K.SelectAll),
            a("actionZoomIn", "Zoom &In", self.view.zoom_in, K.ZoomIn),
            a("actionZoomOut", "Zoom &Out", self.view.zoom_out, K.ZoomOut),
            a("actionFit", "&Fit to View", self.view.fit_to_view, "Ctrl+0"),
            a("actionAutoLayout", "Auto-&Layout", self.view.auto_layout, "Ctrl+L", "Arrange the layers top to bottom"),
            a("actionResetLayout", "&Reset Panels", self._on_reset_layout),
            a("actionPresentation", "&Presentation", lambda: self.set_presentation(not self.presentation.on),
              "F5", "For a classroom: big text and lines, only the canvas and the plots (Esc leaves)"),
            a("actionSaveLesson", "Save &Lesson with Weights…", self._on_save_lesson,
              tip="The open lesson and the trained weights as one file, for a school machine offline"),
            a("actionExportCanvasSvg", "Canvas as &SVG…", lambda: self._on_export_canvas(".svg"),
              tip="The network as a vector picture, for slides and handouts"),
            a("actionExportCanvasPng", "Canvas as &PNG (2x)…", lambda: self._on_export_canvas(".png"),
              tip="The network as a picture at twice the screen's resolution"),
            a("actionExportOnnx", "Trained model as &ONNX…", self._on_export_onnx,
              tip="The trained network for onnxruntime and other ONNX runtimes (needs netbuilder[onnx])"),
            a("actionExportPython", "PyTorch &script (.py)…", self._on_export_python,
              tip="The design as a standalone PyTorch script that trains it (as `netbuilder export` writes)"),
            a("actionExportWorksheet", "&Worksheet (PDF)…", self._on_export_worksheet,
              tip="A PDF to hand out: the network, its summary, settings, curves and the lesson's questions"),
        ):
            self.actions_by_name[act.objectName()] = act
        undo = self.document.undo_stack.createUndoAction(self, "&Undo")
        undo.setObjectName("actionUndo")
        undo.setShortcuts(QKeySequence.keyBindings(K.Undo))
        redo = self.document.undo_stack.createRedoAction(self, "&Redo")
        redo.setObjectName("actionRedo")
        redo_keys = QKeySequence.keyBindings(K.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # Linux binds only Ctrl+Shift+Z; Windows has Ctrl+Y already
            redo_keys.append(QKeySequence("Ctrl+Y"))
        redo.setShortcuts(redo_keys)
        for act, icon, label in ((undo, QStyle.SP_ArrowBack, "Undo"), (redo, QStyle.SP_ArrowForward, "Redo")):
            act.setIcon(self.style().standardIcon(icon))
            act.setIconText(label)  # a fixed toolbar label; the menu shows the command ("Undo Add Linear")
            self.addAction(act)
            self.actions_by_name[act.objectName()] = act
        self.document.undo_stack.undoTextChanged.connect(self._update_undo_tips)
        self.document.undo_stack.redoTextChanged.connect(self._update_undo_tips)
        self._update_undo_tips()

    def _make_menus(self) -> None:
        n = self.actions_by_name
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for name in ("actionNew", "actionOpen", "actionOpenPreset", "actionCollectImages"):
            file_menu.addAction(n[name])
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.setObjectName("menuRecent")
        file_menu.addSeparator()
        for name in ("actionSave", "actionSaveAs", "actionSaveLesson"):
            file_menu.addAction(n[name])
        file_menu.addSeparator()
        export_menu = file_menu.addMenu("&Export")
        export_menu.setObjectName("menuExport")
        export_menu.addAction(n["actionExportCanvasSvg"])
        export_menu.addAction(n["actionExportCanvasPng"])
        panels_menu = export_menu.addMenu("Panel as PNG (2x)")
        panels_menu.setObjectName("menuExportPanel")
        for dock in self.docks.values():
            panels_menu.addAction(dock.windowTitle(), lambda d=dock: self._on_export_panel(d))
        export_menu.addSeparator()
        export_menu.addAction(n["actionExportOnnx"])
        export_menu.addAction(n["actionExportPython"])
        export_menu.addAction(n["actionExportWorksheet"])
        export_menu.aboutToShow.connect(self._update_export_onnx)
        file_menu.addSeparator()
        file_menu.addAction(n["actionQuit"])
        edit_menu = bar.addMenu("&Edit")
        for name in ("actionUndo", "actionRedo", None, "actionCut", "actionCopy", "actionPaste", "actionDuplicate",
                     "actionDelete", None, "actionSelectAll"):
            edit_menu.addSeparator() if name is None else edit_menu.addAction(n[name])
        view_menu = bar.addMenu("&View")
        for name in ("actionZoomIn", "actionZoomOut", "actionFit", None, "actionAutoLayout", None):
            view_menu.addSeparator() if name is None else view_menu.addAction(n[name])
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addAction(n["actionResetLayout"])
        view_menu.addSeparator()
        view_menu.addAction(n["actionPresentation"])
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        for name in ("actionNew", "actionOpen", "actionOpenPreset", "actionSave", None, "actionUndo", "actionRedo",
                     None, "actionDelete", None, "actionZoomIn", "actionZoomOut", "actionFit", "actionAutoLayout"):
            toolbar.addSeparator() if name is None else toolbar.addAction(n[name])

    def _make_lessons_menu(self) -> None:
        """Lessons: every bundled lesson by its title (objectName ``actionLesson_<name>``), then a lesson file."""
        from ...core.teaching.lessons import lesson_info
        menu = self.menuBar().addMenu("&Lessons")
        menu.setObjectName("menuLessons")
        for name, lesson, problem in lesson_info():
            act = QAction(lesson.title if lesson else f"{name} (cannot be read)", self)
            act.setObjectName(f"actionLesson_{name}")
            act.setStatusTip(lesson.description if lesson else problem)
            act.setToolTip(lesson.description if lesson else problem)
            act.setEnabled(lesson is not None)
            act.triggered.connect(lambda checked=False, n=name: self.open_lesson(n))
            menu.addAction(act)
            self.actions_by_name[act.objectName()] = act
        menu.addSeparator()
        act = self._action("actionOpenLessonFile", "Open Lesson &File…", self._on_open_lesson_file,
                           tip="A lesson someone gave you: a .json lesson or a .nblesson with its weights")
        menu.addAction(act)
        self.actions_by_name[act.objectName()] = act
        self.lessons_menu = menu

    def _on_open_lesson_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open a lesson", "", LESSON_FILTER)
        if path:
            self.open_lesson(path)

    def _update_undo_tips(self, _text: str = "") -> None:
        """The toolbar's Undo/Redo tooltips say what they will undo or redo, since their labels stay fixed."""
        stack = self.document.undo_stack
        for name, verb, text in (("actionUndo", "undo", stack.undoText()), ("actionRedo", "redo", stack.redoText())):
            self.actions_by_name[name].setToolTip(f"{verb.capitalize()} {text}" if text else f"Nothing to {verb}")
