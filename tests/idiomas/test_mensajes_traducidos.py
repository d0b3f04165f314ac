"""Los mensajes del programa en el idioma de la ventana (issue 18): un dato rechazado, un archivo que no se puede
importar, la bitácora. La ventana fija el idioma del proceso al abrirse (`instalar_idioma`); aquí se fija igual.
En castellano (el idioma fuente, el de la línea de órdenes) salen como siempre: lo comprueban las demás pruebas."""

import pytest

from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.idiomas.traduccion import fijar_idioma_del_proceso
from escritorio.salida import comprobar_salida
from escritorio.servicios import bitacora
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.importacion import importar_miembros
from escritorio.servicios.sesiones import sesion_de_la_asociacion


@pytest.fixture
def contexto_de_la_demo(demo_db):
    return Contexto(demo_db, demo_db.execute("SELECT id FROM asociaciones").fetchone()[0])


@pytest.fixture
def padron_con_errores(tmp_path):
    ruta = tmp_path / "padron.csv"
    ruta.write_text("Nome,País,População\nFoz do Iguaçu,Narnia,muitos\n", encoding="utf-8")
    return ruta


def test_la_importacion_rechaza_en_portugues_con_fila_columna_y_valor(contexto_de_la_demo, padron_con_errores):
    fijar_idioma_del_proceso("pt_BR")
    with pytest.raises(ErrorValidacion) as error:
        importar_miembros(contexto_de_la_demo, padron_con_errores)
    assert error.value.mensaje.startswith("padron.csv: 2 problemas; nada foi importado.")
    problemas = [str(p) for p in error.value.problemas]
    assert problemas[0].startswith("Linha 2, coluna B (País), valor “Narnia”: não é um país reconhecido")
    assert problemas[1].startswith("Linha 2, coluna C (População), valor “muitos”: a população não é um número")


def test_el_mismo_rechazo_en_ingles_y_en_castellano(contexto_de_la_demo, padron_con_errores):
    fijar_idioma_del_proceso("en")
    with pytest.raises(ErrorValidacion) as en_ingles:
        importar_miembros(contexto_de_la_demo, padron_con_errores)
    assert str(en_ingles.value.problemas[0]).startswith("Row 2, column B (Country), value “Narnia”")
    fijar_idioma_del_proceso("es")
    with pytest.raises(ErrorValidacion) as en_castellano:
        importar_miembros(contexto_de_la_demo, padron_con_errores)
    assert str(en_castellano.value.problemas[0]).startswith("Fila 2, columna B (País), valor «Narnia»")


def test_un_error_de_servicio_y_uno_de_archivo_en_portugues(contexto_de_la_demo, tmp_path):
    fijar_idioma_del_proceso("pt_BR")
    with pytest.raises(ErrorEscritorio, match="^Não existe a sessão 99999 nesta associação.$"):
        sesion_de_la_asociacion(contexto_de_la_demo, 99999)
    with pytest.raises(ErrorEscritorio) as error:
        comprobar_salida(tmp_path / "ata.txt", ".pdf", "a ata")
    assert error.value.mensaje == "ata.txt: a ata é salvo como .pdf; use essa extensão. Nada foi salvo."


def test_la_bitacora_se_lee_entera_en_portugues(contexto_de_la_demo):
    """Las descripciones se arman al mostrarlas: en portugués, frases enteras (antes, castellano con «do Conselho»)."""
    fijar_idioma_del_proceso("pt_BR")
    descripciones = [r.descripcion for r in bitacora.listar(contexto_de_la_demo.db, limite=400)]
    assert any(d.startswith("Resolução ") and " do Consejo: " in d for d in descripciones)
    assert any(d.startswith("Rascunho da ata da sessão ordinária") for d in descripciones)
    castellanas = [d for d in descripciones if any(p in d for p in (" del Consejo", "Borrador del acta", "Alta de ",
                                                                     " de la sesión "))]
    assert not castellanas, castellanas[:5]
