from typing import Literal

CameraAngle = Literal[
    "aerialView",
    "birdsEye",
    "closeUp",
    "dutchAngle",
    "eyeLevel",
    "firstPersonView",
    "fishEye",
    "highAngle",
    "lowAngle",
    "wormsEye",
]

CAMERA_ANGLE_VALUES: set[CameraAngle] = {
    "aerialView",
    "birdsEye",
    "closeUp",
    "dutchAngle",
    "eyeLevel",
    "firstPersonView",
    "fishEye",
    "highAngle",
    "lowAngle",
    "wormsEye",
}


def check_camera_angle(value: str) -> CameraAngle:
    if value in CAMERA_ANGLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMERA_ANGLE_VALUES!r}")
