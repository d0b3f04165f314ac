"""Los tamaños de archivo se dicen como en la región: «2,4 MB» (coma decimal), en la ventana y en la CLI."""

import pytest

from escritorio.dominio.tamano import tamano_legible


@pytest.mark.parametrize("bytes_, texto", [
    (0, "0 bytes"), (1, "1 byte"), (1023, "1023 bytes"), (1024, "1 KB"), (1536, "2 KB"),
    (1_048_575, "1,0 MB"), (2_516_582, "2,4 MB"), (1_073_731_338, "1,0 GB"), (3_221_225_472, "3,0 GB"),
    (1_500 * 1024 ** 3, "1.500,0 GB"),
])
def test_tamano_en_castellano(bytes_, texto):
    assert tamano_legible(bytes_) == texto
