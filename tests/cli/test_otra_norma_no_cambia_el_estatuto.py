"""Cargar otra norma de tipo estatuto no cambia a qué norma remiten las citas de las reglas (lo encontró el fuzzer de
entrada hostil: `estatutos cargar … --titulo "Consejo, art. 3"` sobre la red de ejemplo, y `verificar` daba por
rebajadas sin reforma las reglas de poderes que la reforma del art. 21 sí había cambiado)."""


def test_cargar_otra_norma_deja_a_verificar_sin_problemas(copia_de_la_demo, cli, tmp_path):
    antes = cli("verificar", db=copia_de_la_demo)
    assert antes.returncode == 0 and "PROBLEMA" not in antes.stdout, antes.stdout

    texto = tmp_path / "consejo.txt"
    texto.write_text("Artículo 1\nEl Consejo se reúne cada tres meses.\nArtículo 2\nSede rotativa.\n",
                     encoding="utf-8")
    cargada = cli("estatutos", "cargar", texto, "--titulo", "Consejo, art. 3", "--desde", "2026-11-01",
                  db=copia_de_la_demo)
    assert cargada.returncode == 0, cargada.stderr
    assert "«Consejo, art. 3» cargado" in cargada.stdout

    despues = cli("verificar", db=copia_de_la_demo)
    assert despues.returncode == 0, despues.stdout + despues.stderr
    assert "PROBLEMA" not in despues.stdout and "máximo de poderes pide menos" not in despues.stdout, despues.stdout
