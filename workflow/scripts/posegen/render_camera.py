"""Cameras of the pose pictures: world (x, y, z) in metres -> pixels of one panel.

``three_quarter`` looks at the person from the front-left and a little above, in
perspective, framing a standing body with raised hands; ``front`` and ``side`` are
orthographic and frame a fixed world box. Each camera also says how near a point
is, for drawing order and depth cues, and how many pixels a metre is at it.
"""

from __future__ import annotations

import math

import numpy as np

# Orthographic views: the fixed world box (metres) every pose is drawn in.
FLOOR_HALF_EXTENT = 1.0
HEIGHT_RANGE = (-0.05, 2.3)
FLOOR_GRID_STEP = 0.25

# The three-quarter camera: a mild perspective, as a photo taken from across a room,
# aimed at the hips of a standing person and framing this box around the pelvis.
CAMERA_DISTANCE_M = 4.2
CAMERA_TARGET_HEIGHT_M = 0.95
FRAMED_HALF_WIDTH_M = 0.6  # lying bodies stay in the picture
FRAMED_HEIGHT_M = 2.05  # raised hands stay in the picture

# Orthographic view name -> (screen-right direction, towards-camera direction), in the floor plane.
# front: camera on +z looking at -z, so the person's left (+x) is on the viewer's right.
# side: camera on the person's left (+x) looking at -x, so the person faces the viewer's left.
_ORTHOGRAPHIC_AXES = {
    "front": ((1.0, 0.0, 0.0), (0.0, 0.0, 1.0)),
    "side": ((0.0, 0.0, -1.0), (1.0, 0.0, 0.0)),
}


class OrthographicCamera:
    """One panel's orthographic camera: world (x, y, z) -> pixels, and depth towards the camera."""

    def __init__(self, view: str, box: tuple[int, int, int, int], elevation_deg: float):
        self.box = box
        right, toward = (np.array(a, dtype=np.float64) for a in _ORTHOGRAPHIC_AXES[view])
        tilt = math.radians(elevation_deg)
        up = np.array([0.0, 1.0, 0.0])
        # Camera looking down by `tilt`: points nearer the camera sit lower on screen.
        self.screen_up = up * math.cos(tilt) - toward * math.sin(tilt)
        self.toward_camera = toward * math.cos(tilt) + up * math.sin(tilt)
        self.screen_right = right
        self.floor_squash = max(math.sin(tilt), 0.15)  # a floor circle's height over its width
        self.level_toward = toward  # towards the camera in the floor plane: how near a part looks
        self.axes = np.column_stack([self.screen_right, self.screen_up, self.toward_camera])
        ext = FLOOR_HALF_EXTENT
        low, high = HEIGHT_RANGE
        v_min = low * math.cos(tilt) - ext * math.sin(tilt)
        v_max = high * math.cos(tilt) + ext * math.sin(tilt)
        x0, y0, x1, y1 = box
        self.scale = min((x1 - x0) / (2 * ext), (y1 - y0) / (v_max - v_min))
        self.center_x = (x0 + x1) / 2
        # Floor at the bottom of the panel; spare height stays above the head.
        self.center_y = y1 + v_min * self.scale

    def project(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(n, 3) world points -> (n, 2) pixels, (n,) depth towards the camera (metres,
        larger is nearer) and (n,) pixels per metre at each point."""
        right, up, depth = (np.asarray(points, dtype=np.float64) @ self.axes).T
        pixels = np.column_stack([self.center_x + right * self.scale, self.center_y - up * self.scale])
        return pixels, depth, np.full(len(depth), self.scale)


class PerspectiveCamera:
    """The three-quarter camera: in perspective, from the front-left and above."""

    def __init__(self, box: tuple[int, int, int, int], azimuth_deg: float, elevation_deg: float):
        self.box = box
        azimuth, elevation = math.radians(azimuth_deg), math.radians(elevation_deg)
        toward = np.array(
            [math.sin(azimuth) * math.cos(elevation), math.sin(elevation), math.cos(azimuth) * math.cos(elevation)]
        )
        right = np.cross([0.0, 1.0, 0.0], toward)
        right /= np.linalg.norm(right)
        up = np.cross(toward, right)
        self.rotation = np.stack([right, up, toward])  # world -> camera axes (rows)
        self.eye = np.array([0.0, CAMERA_TARGET_HEIGHT_M, 0.0]) + CAMERA_DISTANCE_M * toward
        self.floor_squash = max(math.sin(elevation), 0.15)
        self.level_toward = np.array([math.sin(azimuth), 0.0, math.cos(azimuth)])
        w, h = FRAMED_HALF_WIDTH_M, FRAMED_HEIGHT_M
        corners = np.array([(x, y, z) for x in (-w, w) for y in (0.0, h) for z in (-w, w)])
        u, v, _ = self._normalised(corners)
        x0, y0, x1, y1 = box
        self.focal = min((x1 - x0) / (u.max() - u.min()), (y1 - y0) / (v.max() - v.min()))
        self.center_x = (x0 + x1) / 2 - (u.max() + u.min()) / 2 * self.focal
        self.center_y = y1 + v.min() * self.focal  # the framed box's lowest point on the panel's bottom
        self.scale = self.focal / CAMERA_DISTANCE_M  # pixels per metre at the target

    def _normalised(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        camera = (np.asarray(points, dtype=np.float64) - self.eye) @ self.rotation.T
        # Points at or behind the camera (only absurd joints) are pushed just in front of it.
        distance = np.maximum(-camera[:, 2], 0.05)
        return camera[:, 0] / distance, camera[:, 1] / distance, distance

    def project(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """As OrthographicCamera.project, in perspective."""
        u, v, distance = self._normalised(points)
        pixels = np.column_stack([self.center_x + u * self.focal, self.center_y - v * self.focal])
        return pixels, -distance, self.focal / distance


def make_camera(
    view: str,
    box: tuple[int, int, int, int],
    elevation_deg: float,
    azimuth_deg: float,
    perspective_elevation_deg: float,
):
    """The camera of a view: ``three_quarter`` in perspective, ``front`` and ``side`` orthographic."""
    if view == "three_quarter":
        return PerspectiveCamera(box, azimuth_deg, perspective_elevation_deg)
    return OrthographicCamera(view, box, elevation_deg)
