"""The main window's actions (objectName ``action<Name>``, the scripting contract), its menus and its toolbar. A
mixin of :class:`~.main_window.MainWindow`: the slots the actions call are the window's own."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QStyle

from ...core.text import msg
from ..common.i18n import tr, tr_lesson, tr_text

_ICONS = {"actionNew": QStyle.SP_FileIcon, "actionOpen": QStyle.SP_DialogOpenButton,
          "actionOpenPreset": QStyle.SP_FileDialogContentsView, "actionSave": QStyle.SP_DialogSaveButton,
          "actionDelete": QStyle.SP_TrashIcon,
          "actionAutoLayout": QStyle.SP_FileDialogListView}
LESSON_FILTER = msg("netbuilder lessons (*.json *.nblesson);;All files (*)")


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
            a("actionNew", tr("&New"), self._on_new, K.New, tr("Start an empty design")),
            a("actionOpen", tr("&Open…"), self._on_open, K.Open, tr("Open a design file")),
            a("actionOpenPreset", tr("Open &Preset…"), self._on_open_preset, "Ctrl+Shift+P",
              tr("Open a bundled example")),
            a("actionCollectImages", tr("Collect &Images…"), self.collect_images,
              tip=tr("Take pictures of each class with a camera (or add files): an image folder the design "
                     "trains on")),
            a("actionSave", tr("&Save"), self._on_save, K.Save),
            a("actionSaveAs", tr("Save &As…"), self._on_save_as, K.SaveAs),
            a("actionQuit", tr("&Quit"), self.close, K.Quit),
            a("actionCut", tr("Cu&t"), self.view.cut, K.Cut),
            a("actionCopy", tr("&Copy"), self.view.copy, K.Copy),
            a("actionPaste", tr("&Paste"), self.view.paste, K.Paste),
            a("actionDuplicate", tr("D&uplicate"), self.view.duplicate, "Ctrl+D"),
            a("actionDelete", tr("&Delete"), self.view.delete_selected, K.Delete),
            a("actionSelectAll", tr("Select &All"), self.view.select_all, K.SelectAll),
            a("actionZoomIn", tr("Zoom &In"), self.view.zoom_in, K.ZoomIn),
            a("actionZoomOut", tr("Zoom &Out"), self.view.zoom_out, K.ZoomOut),
            a("actionFit", tr("&Fit to View"), self.view.fit_to_view, "Ctrl+0"),
            a("actionAutoLayout", tr("Auto-&Layout"), self.view.auto_layout, "Ctrl+L",
              tr("Arrange the layers top to bottom")),
            a("actionResetLayout", tr("&Reset Panels"), self._on_reset_layout),
            a("actionPresentation", tr("&Presentation"), lambda: self.set_presentation(not self.presentation.on),
              "F5", tr("For a classroom: big text and lines, only the canvas and the plots (Esc leaves)")),
            a("actionSaveLesson", tr("Save &Lesson with Weights…"), self._on_save_lesson,
              tip=tr("The open lesson and the trained weights as one file, for a school machine offline")),
            a("actionExportCanvasSvg", tr("Canvas as &SVG…"), lambda: self._on_export_canvas(".svg"),
              tip=tr("The network as a vector picture, for slides and handouts")),
            a("actionExportCanvasPng", tr("Canvas as &PNG (2x)…"), lambda: self._on_export_canvas(".png"),
              tip=tr("The network as a picture at twice the screen's resolution")),
            a("actionExportOnnx", tr("Trained model as &ONNX…"), self._on_export_onnx,
              tip=tr("The trained network for onnxruntime and other ONNX runtimes (needs netbuilder[onnx])")),
            a("actionExportPython", tr("PyTorch &script (.py)…"), self._on_export_python,
              tip=tr("The design as a standalone PyTorch script that trains it (as `netbuilder export` writes)")),
            a("actionExportWorksheet", tr("&Worksheet (PDF)…"), self._on_export_worksheet,
              tip=tr("A PDF to hand out: the network, its summary, settings, curves and the lesson's questions")),
        ):
            self.actions_by_name[act.objectName()] = act
        undo = self.document.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setObjectName("actionUndo")
        undo.setShortcuts(QKeySequence.keyBindings(K.Undo))
        redo = self.document.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setObjectName("actionRedo")
        redo_keys = QKeySequence.keyBindings(K.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # Linux binds only Ctrl+Shift+Z; Windows has Ctrl+Y already
            redo_keys.append(QKeySequence("Ctrl+Y"))
        redo.setShortcuts(redo_keys)
        for act, icon, label in ((undo, QStyle.SP_ArrowBack, tr("Undo")), (redo, QStyle.SP_ArrowForward, tr("Redo"))):
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
        file_menu = bar.addMenu(tr("&File"))
        file_menu.setObjectName("menuFile")
        for name in ("actionNew", "actionOpen", "actionOpenPreset", "actionCollectImages"):
            file_menu.addAction(n[name])
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self.recent_menu.setObjectName("menuRecent")
        file_menu.addSeparator()
        for name in ("actionSave", "actionSaveAs", "actionSaveLesson"):
            file_menu.addAction(n[name])
        file_menu.addSeparator()
        export_menu = file_menu.addMenu(tr("&Export"))
        export_menu.setObjectName("menuExport")
        export_menu.addAction(n["actionExportCanvasSvg"])
        export_menu.addAction(n["actionExportCanvasPng"])
        panels_menu = export_menu.addMenu(tr("Panel as PNG (2x)"))
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
        edit_menu = bar.addMenu(tr("&Edit"))
        edit_menu.setObjectName("menuEdit")
        for name in ("actionUndo", "actionRedo", None, "actionCut", "actionCopy", "actionPaste", "actionDuplicate",
                     "actionDelete", None, "actionSelectAll"):
            edit_menu.addSeparator() if name is None else edit_menu.addAction(n[name])
        view_menu = bar.addMenu(tr("&View"))
        view_menu.setObjectName("menuView")
        for name in ("actionZoomIn", "actionZoomOut", "actionFit", None, "actionAutoLayout", None):
            view_menu.addSeparator() if name is None else view_menu.addAction(n[name])
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addAction(n["actionResetLayout"])
        view_menu.addSeparator()
        view_menu.addAction(n["actionPresentation"])
        toolbar = self.addToolBar(tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        for name in ("actionNew", "actionOpen", "actionOpenPreset", "actionSave", None, "actionUndo", "actionRedo",
                     None, "actionDelete", None, "actionZoomIn", "actionZoomOut", "actionFit", "actionAutoLayout"):
            toolbar.addSeparator() if name is None else toolbar.addAction(n[name])

    def _make_lessons_menu(self) -> None:
        """Lessons: every bundled lesson by its title (objectName ``actionLesson_<name>``), then a lesson file."""
        from ...core.teaching.lessons import lesson_info
        menu = self.menuBar().addMenu(tr("&Lessons"))
        menu.setObjectName("menuLessons")
        for name, lesson, problem in lesson_info():
            act = QAction(tr_lesson(lesson.title) if lesson else tr("{name} (cannot be read)", name=name), self)
            act.setObjectName(f"actionLesson_{name}")
            tip = tr_lesson(lesson.description) if lesson else tr_text(problem)
            act.setStatusTip(tip)
            act.setToolTip(tip)
            act.setEnabled(lesson is not None)
            act.triggered.connect(lambda checked=False, n=name: self.open_lesson(n))
            menu.addAction(act)
            self.actions_by_name[act.objectName()] = act
        menu.addSeparator()
        act = self._action("actionOpenLessonFile", tr("Open Lesson &File…"), self._on_open_lesson_file,
                           tip=tr("A lesson someone gave you: a .json lesson or a .nblesson with its weights"))
        menu.addAction(act)
        self.actions_by_name[act.objectName()] = act
        self.lessons_menu = menu

    def _on_open_lesson_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open a lesson"), "", tr_text(LESSON_FILTER))
        if path:
            self.open_lesson(path)

    def retranslate(self) -> None:
        """After a language switch (``gui.common.i18n.retranslate``): the texts the window composes, again."""
        self._update_title()
        self._on_analysed(self.document.analysis)
        self._update_undo_tips()

    def _update_undo_tips(self, _text: str = "") -> None:
        """The toolbar's Undo/Redo tooltips say what they will undo or redo, since their labels stay fixed."""
        stack = self.document.undo_stack
        undo, redo = stack.undoText(), stack.redoText()
        self.actions_by_name["actionUndo"].setToolTip(tr("Undo {command}", command=undo) if undo
                                                      else tr("Nothing to undo"))
        self.actions_by_name["actionRedo"].setToolTip(tr("Redo {command}", command=redo) if redo
                                                      else tr("Nothing to redo"))
