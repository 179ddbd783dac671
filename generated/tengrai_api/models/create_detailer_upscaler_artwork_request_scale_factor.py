from typing import Literal

CreateDetailerUpscalerArtworkRequestScaleFactor = Literal[1, 2, 4, 8]

CREATE_DETAILER_UPSCALER_ARTWORK_REQUEST_SCALE_FACTOR_VALUES: set[CreateDetailerUpscalerArtworkRequestScaleFactor] = {
    1,
    2,
    4,
    8,
}


def check_create_detailer_upscaler_artwork_request_scale_factor(
    value: int,
) -> CreateDetailerUpscalerArtworkRequestScaleFactor:
    if value in CREATE_DETAILER_UPSCALER_ARTWORK_REQUEST_SCALE_FACTOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_DETAILER_UPSCALER_ARTWORK_REQUEST_SCALE_FACTOR_VALUES!r}"
    )
