"""Cada enlace entre documentos lleva a algo: el archivo existe (una imagen, otro documento, una carpeta del
repositorio) y, si nombra un ancla, el documento tiene ese título. Los enlaces son relativos (se leen igual en
GitHub y en una copia del repositorio) y no salen de él."""

from documentos_del_repositorio import RAIZ, Enlace, anclas, documentos, enlaces, problema_del_enlace

PRINCIPALES = ["README.md", "ARCHITECTURE.md", "CONTRIBUTING.md", "docs/README.md", "docs/cli.md",
               "docs/servidor.md", "docs/garantias.md", "docs/guia/es/README.md", "docs/guia/pt_BR/README.md",
               "docs/referencia/README.md"]


def test_los_documentos_principales_existen_y_se_recorren():
    recorridos = {p.relative_to(RAIZ).as_posix() for p in documentos()}
    assert set(PRINCIPALES) <= recorridos


def test_cada_enlace_lleva_a_algo():
    rotos = [f"{enlace} ({problema})" for archivo in documentos() for enlace in enlaces(archivo)
             if (problema := problema_del_enlace(enlace))]
    assert not rotos, "Enlaces que no llevan a ningún lado:\n" + "\n".join(rotos)


def test_ningun_enlace_es_absoluto_a_este_repositorio():
    absolutos = [str(e) for archivo in documentos() for e in enlaces(archivo)
                 if e.destino.startswith("/") or "github.com" in e.destino and "/blob/" in e.destino]
    assert not absolutos


def test_el_readme_es_corto_y_lleva_a_cada_documento():
    readme = RAIZ / "README.md"
    assert len(readme.read_text(encoding="utf-8").splitlines()) <= 150
    destinos = {e.destino.partition("#")[0] for e in enlaces(readme)}
    for documento in ("docs/guia/es/README.md", "docs/guia/pt_BR/README.md", "docs/cli.md", "docs/servidor.md",
                      "docs/garantias.md", "ARCHITECTURE.md", "CONTRIBUTING.md", "docs/README.md"):
        assert documento in destinos, documento
    assert "GeoNames" in readme.read_text(encoding="utf-8") and "CC BY 4.0" in readme.read_text(encoding="utf-8")


def test_la_prueba_ve_un_enlace_roto_y_un_ancla_que_no_esta(tmp_path, monkeypatch):
    import documentos_del_repositorio as modulo

    monkeypatch.setattr(modulo, "RAIZ", tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "b.md").write_text("# Bien\n\n## Una sección: con signos\n", encoding="utf-8")
    a = tmp_path / "docs" / "a.md"
    a.write_text("# A {#inicio}\n\n[bien](b.md#una-sección-con-signos) [propia](#inicio) "
                 "[falta](c.md) [sin ancla](b.md#otra)\n\n```\n[no es un enlace](x.md)\n```\n"
                 "`[tampoco](y.md)` ![imagen](falta.png)\n", encoding="utf-8")
    assert {"inicio", "a"} <= anclas(a)
    problemas = {e.destino: problema_del_enlace(e) for e in enlaces(a)}
    assert problemas == {"b.md#una-sección-con-signos": None, "#inicio": None, "c.md": "no existe el archivo",
                         "b.md#otra": "no hay un título con el ancla «otra» en docs/b.md",
                         "falta.png": "no existe el archivo"}
    fuera = Enlace(a, 1, "../../afuera.md")
    (tmp_path.parent / "afuera.md").write_text("x", encoding="utf-8")
    assert problema_del_enlace(fuera) == "sale del repositorio"
