"""The main window's exports: the canvas and the panels as figures, the trained model as ONNX, the design as a
PyTorch script (File > Export, and the same as methods for scripts). A mixin of :class:`~.main_window.MainWindow`
(it uses the window's ``docks``, ``document``, ``scene``, ``training``, ``actions_by_name``, dialogs and ``writes``,
the :class:`~..common.background.Background` that writes what a menu asked for off the GUI thread)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ...core.errors import NetbuilderError
from ...core.text import msg
from ..common.background import one_line
from ..common.i18n import tr, tr_error
from . import figures
from .dock_layout import panel_in


class WindowExports:
    def export_canvas(self, path) -> Path:
        """The canvas as a figure: SVG for a ``.svg`` path, else PNG at twice the screen's resolution. Raises
        NetbuilderError saying why it could not be written."""
        if Path(path).suffix.lower() == ".svg":
            return figures.canvas_svg(self.scene, path, title=self.document.design.name or tr("netbuilder design"))
        return figures.canvas_png(self.scene, path)

    def export_panel(self, object_name: str, path) -> Path:
        """A panel (or dock) named ``object_name`` as a PNG at twice its size."""
        for dock in self.docks.values():
            if object_name == dock.objectName():
                return figures.widget_png(panel_in(dock), path)
            found = dock.findChild(QWidget, object_name)
            if found is not None:
                return figures.widget_png(found, path)
        raise figures.FigureError(f"no panel is named {object_name!r}")

    def _on_export_canvas(self, suffix: str) -> None:
        suggested = str(Path(self.document.path or self.document.design.name or "design").with_suffix(suffix))
        kind = suffix[1:].upper()
        path = self.ask_export_path(tr("Export the canvas as {kind}", kind=kind), suggested,
                                    tr("{kind} pictures (*{suffix})", kind=kind, suffix=suffix))
        if path:
            self._export(lambda: self.export_canvas(path))

    def _on_export_panel(self, dock) -> None:
        path = self.ask_export_path(tr("Export {panel} as PNG", panel=dock.windowTitle()),
                                    f"{dock.windowTitle().lower()}.png",
                                    tr("PNG pictures (*.png)"))
        if path:
            self._export(lambda: figures.widget_png(panel_in(dock), path))

    def export_onnx(self, path) -> Path:
        """The trained network (the weights the window holds, on the network they were trained on) as an ONNX
        file for onnxruntime and other runtimes: input ``input`` [batch, *the Input's shape], output ``output``
        (probabilities for a classifier). Raises NetbuilderError saying why it cannot (nothing trained yet, a run
        going on, the onnx packages missing). Synchronous, for scripts and tests: the file is there when it
        returns (File > Export's entry writes it in the background instead, :meth:`_on_export_onnx`)."""
        return self._onnx_writer(path)()

    def _onnx_writer(self, path):
        """Checks and a CPU copy of the model, here in the GUI thread while no job uses it; returns the function
        that exports the copy (seconds for a big network), in any thread."""
        from ...core.errors import TrainingError
        from ...core.exchange import onnx_export
        if self.training.busy:
            raise TrainingError(msg("the model is in use (training or evaluating): stop the run or let it end, "
                                    "then export"))
        if not self._has_trained_weights():
            raise TrainingError(msg("there are no trained weights to export yet: train first (or open a checkpoint)"))
        checkpoint = self.training.session.as_checkpoint()
        return lambda: onnx_export.export_checkpoint(checkpoint, path)

    def export_python(self, path) -> Path:
        """The design as the standalone PyTorch script ``netbuilder export`` writes (the same function: its model
        class and, when the design names a dataset, the training loop). Raises NetbuilderError saying why not."""
        from ...core.exchange.codegen import write_script
        return write_script(self.document.design, path)

    def _on_export_python(self) -> None:
        name = Path(self.document.path).stem if self.document.path else (self.document.design.name or "model")
        suggested = name.replace("/", "-").replace("\\", "-").replace(" ", "_") + ".py"
        path = self.ask_export_path(tr("Export the design as a PyTorch script"), suggested,
                                    tr("Python scripts (*.py)"))
        if path:
            self._export(lambda: self.export_python(path))

    def _has_trained_weights(self) -> bool:
        session = self.training.session
        return session is not None and not self.training.busy and session.has_weights

    def _update_export_onnx(self, *_args) -> None:
        self.actions_by_name["actionExportOnnx"].setEnabled(self._has_trained_weights())

    def _on_export_onnx(self) -> None:
        session = self.training.session
        if self.document.path:
            suggested = str(Path(self.document.path).with_suffix(".onnx"))
        else:  # a design's name may hold anything, a slash included
            name = (session.design.name if session is not None else "") or "model"
            suggested = name.replace("/", "-").replace("\\", "-") + ".onnx"
        path = self.ask_export_path(tr("Export the trained model as ONNX"), suggested, tr("ONNX models (*.onnx)"))
        if path:
            self._export_in_background(lambda: self._onnx_writer(path), path)

    def _export(self, write) -> None:
        try:
            written = write()
        except (NetbuilderError, OSError) as exc:
            self.show_error(tr("Export failed"), tr_error(exc))
        else:
            self.statusBar().showMessage(tr("Saved {path}", path=written), 6000)

    def _export_in_background(self, prepare, path, title: str | None = None, saved=None) -> bool:
        """A file the person asked for from a menu, written without freezing the window: ``prepare()`` checks and
        copies what the writing needs (here, in the GUI thread) and returns the function that writes, which
        :attr:`writes` runs in its own thread. The status bar says when the file is there (``saved(where)``, a
        translated sentence, where being what the writer returned, else ``path``; "Saved <where>" by default), a
        dialog why not (``title``, "Export failed" by default; one line). One write at a time.
        True when the writing started."""
        title = title or tr("Export failed")
        if self.writes.busy:
            self.statusBar().showMessage(tr("Still writing the last file: try again once it is saved"), 6000)
            return False
        try:
            write = prepare()
        except (NetbuilderError, OSError) as exc:
            self.show_error(title, one_line(exc))
            return False

        def done(written) -> None:
            where = written if written is not None else path
            self.statusBar().showMessage(saved(where) if saved else tr("Saved {path}", path=where), 6000)

        def failed(error: BaseException) -> None:
            self.statusBar().clearMessage()
            self.show_error(title, one_line(error))
        self.statusBar().showMessage(tr("Writing {path}…", path=path))
        self.writes.run(write, done=done, failed=failed)
        return True
