"""The nudity detector: NudeNet's body-part detector, run locally with onnxruntime.

NudeNet (MIT) ships a small YOLOv8 model (`320n.onnx`, 12 MB) inside its wheel; it finds
18 kinds of body parts, exposed or covered. Exposed genitalia, anus and female breasts
make `explicit_nudity`, exposed buttocks `partial_nudity`; covered parts, faces, feet,
bellies and armpits are listed in the details but score nothing. The score is the
strongest such detection's confidence (times 0.8 for partial nudity): a detector
confidence, not a calibrated probability, which the policy thresholds should allow for.

Images are decoded here with the safe decoder (never by OpenCV), letterboxed into
320 x 320 and run in batches. The model is read from the installed package: nothing is
downloaded, ever.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import onnxruntime as ort
from PIL import Image

from clearpost.detectors.base import Evidence, Prepared, Signal
from clearpost.media.decode import ImageError, ImageLimits, decode_image

if TYPE_CHECKING:
    from clearpost.settings import Settings

INPUT_SIZE = 320
MIN_CONFIDENCE = 0.25  # NudeNet's own score threshold
NMS_IOU = 0.45  # NudeNet's own overlap threshold
MAX_DETAILS = 10  # detections listed per image
LABELS = (
    "FEMALE_GENITALIA_COVERED",
    "FACE_FEMALE",
    "BUTTOCKS_EXPOSED",
    "FEMALE_BREAST_EXPOSED",
    "FEMALE_GENITALIA_EXPOSED",
    "MALE_BREAST_EXPOSED",
    "ANUS_EXPOSED",
    "FEET_EXPOSED",
    "BELLY_COVERED",
    "FEET_COVERED",
    "ARMPITS_COVERED",
    "ARMPITS_EXPOSED",
    "FACE_MALE",
    "BELLY_EXPOSED",
    "MALE_GENITALIA_EXPOSED",
    "ANUS_COVERED",
    "FEMALE_BREAST_COVERED",
    "BUTTOCKS_COVERED",
)
# class -> (weight, label): the classes that count towards the `sexual` score
SCORED = {
    "FEMALE_GENITALIA_EXPOSED": (1.0, "explicit_nudity"),
    "MALE_GENITALIA_EXPOSED": (1.0, "explicit_nudity"),
    "ANUS_EXPOSED": (1.0, "explicit_nudity"),
    "FEMALE_BREAST_EXPOSED": (1.0, "explicit_nudity"),
    "BUTTOCKS_EXPOSED": (0.8, "partial_nudity"),
}
_Array = np.ndarray[Any, np.dtype[np.float32]]


class ModelNotFoundError(FileNotFoundError):
    pass


def default_model_path() -> Path:
    """The model inside the installed `nudenet` package (found without importing it)."""
    spec = importlib.util.find_spec("nudenet")
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFoundError("nudenet is not installed: pip install 'clearpost[images]'")
    path = Path(next(iter(spec.submodule_search_locations))) / "320n.onnx"
    if not path.is_file():
        raise ModelNotFoundError(f"NudeNet model missing at {path}")
    return path


def _letterbox(image: Image.Image) -> _Array:
    """(3, 320, 320) float RGB in [0, 1]: the image scaled to fit, top left, on black."""
    scale = INPUT_SIZE / max(image.width, image.height)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    canvas = Image.new("RGB", (INPUT_SIZE, INPUT_SIZE))
    canvas.paste(image.resize(size, Image.Resampling.BILINEAR), (0, 0))
    # RGB, as the model was trained (NudeNet 3.4's own reader swaps channels twice and
    # feeds BGR: notAI-tech/NudeNet issue #203).
    array = np.asarray(canvas, dtype=np.float32).transpose(2, 0, 1) / 255.0
    return np.ascontiguousarray(array)


def _nms(boxes: _Array, scores: _Array) -> list[int]:
    """Greedy class-agnostic non-maximum suppression (as NudeNet's cv2.dnn.NMSBoxes)."""
    x1, y1 = boxes[:, 0] - boxes[:, 2] / 2, boxes[:, 1] - boxes[:, 3] / 2
    x2, y2 = x1 + boxes[:, 2], y1 + boxes[:, 3]
    areas = boxes[:, 2] * boxes[:, 3]
    order = list(np.argsort(-scores, kind="stable"))
    keep: list[int] = []
    while order:
        best, rest = order[0], np.array(order[1:], dtype=np.intp)
        keep.append(int(best))
        if not len(rest):
            break
        w = np.clip(np.minimum(x2[best], x2[rest]) - np.maximum(x1[best], x1[rest]), 0, None)
        h = np.clip(np.minimum(y2[best], y2[rest]) - np.maximum(y1[best], y1[rest]), 0, None)
        inter = w * h
        iou = inter / np.maximum(areas[best] + areas[rest] - inter, 1e-9)
        order = [int(i) for i in rest[iou <= NMS_IOU]]
    return keep


def _detections(output: _Array, scale: float) -> list[dict[str, Any]]:
    """Detections of one image from the model's (22, anchors) output, strongest first."""
    classes = output[4:, :]
    best = classes.max(axis=0)
    keep = np.flatnonzero(best >= MIN_CONFIDENCE)
    if not len(keep):
        return []
    boxes, scores = output[:4, keep].T, best[keep]
    ids = classes[:, keep].argmax(axis=0)
    found = []
    for k in _nms(boxes, scores):
        cx, cy, w, h = (float(v) / scale for v in boxes[k])
        found.append(
            {
                "class": LABELS[int(ids[k])],
                "score": round(float(scores[k]), 4),
                "box": [round(max(cx - w / 2, 0)), round(max(cy - h / 2, 0)), round(w), round(h)],
            }
        )
    return found


class NudityDetector:
    """Category `sexual` from nudity found in an item's images."""

    name = "nudity"
    categories: tuple[str, ...] = ("sexual",)

    def __init__(
        self,
        model_path: Path | str | None = None,
        *,
        limits: ImageLimits | None = None,
        batch_size: int = 8,
        threads: int = 0,
    ) -> None:
        self.model_path = Path(model_path) if model_path else default_model_path()
        self.limits = limits or ImageLimits()
        self.batch_size = max(1, batch_size)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads  # 0: onnxruntime picks (one per core)
        options.log_severity_level = 3  # errors only
        self._session = ort.InferenceSession(
            str(self.model_path), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._input = self._session.get_inputs()[0].name

    @classmethod
    def from_settings(cls, settings: Settings) -> NudityDetector:
        return cls(limits=ImageLimits.from_settings(settings))

    def detect(self, batch: Sequence[Prepared]) -> list[list[Signal]]:
        """At most one `sexual` signal per item, from the strongest finding in its images."""
        owners: list[tuple[int, int]] = []
        tensors: list[_Array] = []
        scales: list[float] = []
        for i, item in enumerate(batch):
            for j, image in enumerate(item.images):
                prepared = self._prepare(image.data)
                if prepared is not None:
                    owners.append((i, j))
                    tensors.append(prepared[0])
                    scales.append(prepared[1])
        found: list[dict[int, list[dict[str, Any]]]] = [{} for _ in batch]
        for (i, j), detections in zip(owners, self.run(tensors, scales), strict=True):
            found[i][j] = detections
        return [self._signal(item, images) for item, images in zip(batch, found, strict=True)]

    def _prepare(self, data: bytes) -> tuple[_Array, float] | None:
        try:
            decoded = decode_image(
                data,
                max_bytes=self.limits.max_bytes,
                max_pixels=self.limits.max_pixels,
                draft=(INPUT_SIZE, INPUT_SIZE),
            )
        except ImageError:
            return None  # check_images reports it before screening; never crash here
        # Boxes are reported in the pixels of the file, not of a reduced JPEG decode.
        return _letterbox(decoded.image), INPUT_SIZE / max(decoded.width, decoded.height)

    def run(self, tensors: Sequence[_Array], scales: Sequence[float]) -> list[list[dict[str, Any]]]:
        """Detections for letterboxed images, `batch_size` at a time through the model."""
        results: list[list[dict[str, Any]]] = []
        for start in range(0, len(tensors), self.batch_size):
            chunk = np.stack(tensors[start : start + self.batch_size])
            (output,) = self._session.run(None, {self._input: chunk})
            for k, scale in enumerate(scales[start : start + self.batch_size]):
                results.append(_detections(np.asarray(output[k], dtype=np.float32), scale))
        return results

    def _signal(self, item: Prepared, images: dict[int, list[dict[str, Any]]]) -> list[Signal]:
        best: tuple[float, str] | None = None
        evidence = []
        classes: dict[str, float] = {}
        for j, detections in sorted(images.items()):
            scored = False
            for found in detections:
                name, score = found["class"], found["score"]
                classes[name] = max(classes.get(name, 0.0), score)
                if name in SCORED:
                    weight, label = SCORED[name]
                    scored = True
                    if best is None or weight * score > best[0]:
                        best = (round(weight * score, 4), label)
            if scored:
                evidence.append(Evidence(f"image:{j}", 0, 0, item.images[j].name))
        if best is None:
            return []
        return [
            Signal(
                detector=self.name,
                category="sexual",
                score=best[0],
                evidence=tuple(evidence),
                label=best[1],
                details={
                    "classes": dict(sorted(classes.items(), key=lambda kv: -kv[1])),
                    "images": {
                        f"image:{j}": detections[:MAX_DETAILS]
                        for j, detections in sorted(images.items())
                        if detections
                    },
                },
            )
        ]
