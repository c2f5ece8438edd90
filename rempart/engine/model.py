"""The content model at run time: a linear score over hashed features, then a calibrated probability.

Scoring is a dot product between a message's few hundred hashed features
(rempart.engine.features) and a dense weight vector, so it costs well under
a millisecond once the features are extracted; scikit-learn is needed only
to train (rempart.engine.training), never here.

The shipped model lives in ``data/content_model.npz`` (weights stored as
float16 to stay small, read into float32 once, on first use). Its
probability is calibrated on cross-validated scores of the training set:
``p = sigmoid(scale * margin + offset)``, where ``margin`` is the raw
linear score. The file also records how features were made
(``bits``, ``feature_version``) so a model never reads features of another
kind, and a SHA-256 of the training set so a figure can be traced to data.
"""

from __future__ import annotations

import functools
import json
import math
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from rempart.engine import features

SHIPPED = Path(__file__).parent / "data" / "content_model.npz"


class ModelError(ValueError):
    """A model file is missing, damaged, or was made for other features."""


def sigmoid(logit: float) -> float:
    if logit >= 0:
        return 1.0 / (1.0 + math.exp(-logit))
    z = math.exp(logit)
    return z / (1.0 + z)


@dataclass
class Model:
    """Weights over ``2**bits`` hashed features, an intercept, and the calibration of the score."""

    weights: np.ndarray
    intercept: float
    scale: float = 1.0
    offset: float = 0.0
    bits: int = features.DEFAULT_BITS
    feature_version: int = features.FEATURE_VERSION
    training_set: str = ""
    info: dict = field(default_factory=dict)
    # Buckets present in a large share of all training mail (header names, "the"…): they
    # describe mail in general, so organisation learning leaves them alone.
    common: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))

    def margin(self, indices: np.ndarray, values: np.ndarray) -> float:
        """The raw linear score of a hashed feature vector."""
        return float(np.dot(self.weights[indices], values)) + self.intercept

    def logit(self, indices: np.ndarray, values: np.ndarray) -> float:
        """The calibrated log-odds that the message is spam."""
        return self.scale * self.margin(indices, values) + self.offset

    def vectorise(self, message) -> tuple[np.ndarray, np.ndarray]:
        """The message's features as this model reads them."""
        return features.extract(message, self.bits)

    def probability(self, message) -> float:
        """Calibrated probability (0 to 1) that the message is spam."""
        return sigmoid(self.logit(*self.vectorise(message)))

    def save(self, path: str | Path) -> None:
        """Write the model as compressed .npz; tiny weights are zeroed, they only cost room."""
        weights = self.weights.astype(np.float16)
        weights[np.abs(weights) < 1e-3] = 0
        header = {
            "intercept": self.intercept, "scale": self.scale, "offset": self.offset, "bits": self.bits,
            "feature_version": self.feature_version, "training_set": self.training_set, "info": self.info,
        }
        with open(path, "wb") as handle:
            np.savez_compressed(handle, weights=weights, common=self.common.astype(np.int32),
                                header=np.frombuffer(json.dumps(header).encode(), dtype=np.uint8))

    @classmethod
    def load(cls, path: str | Path) -> "Model":
        """Read a model written by :meth:`save`; raises ModelError when it cannot be used."""
        try:
            with np.load(path, allow_pickle=False) as data:
                weights = data["weights"].astype(np.float32)
                common = data["common"].astype(np.int32) if "common" in data else np.zeros(0, dtype=np.int32)
                header = json.loads(data["header"].tobytes().decode())
        except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile) as exc:
            raise ModelError(f"{path}: not a content model ({exc})") from exc
        if header.get("feature_version") != features.FEATURE_VERSION:
            raise ModelError(f"{path}: made for features version {header.get('feature_version')}, "
                             f"this code makes version {features.FEATURE_VERSION}")
        if weights.shape != (1 << header["bits"],):
            raise ModelError(f"{path}: {weights.shape[0]} weights for {header['bits']} bits")
        return cls(
            weights=weights, intercept=float(header["intercept"]), scale=float(header["scale"]),
            offset=float(header["offset"]), bits=int(header["bits"]), feature_version=header["feature_version"],
            training_set=header.get("training_set", ""), info=header.get("info", {}), common=common,
        )


@functools.lru_cache(maxsize=1)
def shipped() -> Model:
    """The model shipped with the package, loaded once per process."""
    return Model.load(SHIPPED)
