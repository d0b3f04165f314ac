"""Los veredictos de `servicios.verificar_documento` sobre los documentos que llevan código desde la migración 0024
(issue 43, §2): lo que se registra de cada uno (chico aunque el documento sea enorme), qué dice cuando cambió, el lote
de avisos, y que ningún mensaje de la verificación tenga espacios dobles (§2, «dice lo mismo que  el original»)."""

import ast
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

import escritorio
from escritorio.datos import documentos as tabla_documentos
from escritorio.dominio.verificacion import BORRADOR, REEMPLAZADO, VIGENTE
from escritorio.servicios import documentos
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.informes_cuotas import generar_avisos
from escritorio.servicios.informes_organos import imprimir_composicion, imprimir_texto_norma
from escritorio.servicios.informes_sesiones import imprimir_acta, imprimir_convocatoria
from escritorio.servicios.padron import imprimir_padron_pdf
from escritorio.servicios.verificar_documento import Verificacion, verificar_archivo, verificar_codigo
from una_vez_por_corrida import compartida

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

RAIZ = Path(escritorio.__file__).parent


@pytest.fixture(scope="session")
def _demo_con_padron_y_avisos(demo_creada_por_la_cli, tmp_path_factory) -> tuple[Path, int]:
    """La demo con el padrón (padron.pdf) y un lote de avisos de cobro (avisos.pdf) emitidos, una vez en toda la
    corrida (tests/una_vez_por_corrida.py): emitir los avisos (una carta por miembro moroso) es lo caro. No se toca:
    cada prueba usa su copia. Devuelve la carpeta y cuántas cartas dijo generar_avisos."""
    def armar(carpeta: Path) -> tuple[Path, int]:
        from escritorio.servicios.base import abrir_base

        shutil.copy(demo_creada_por_la_cli, carpeta / "demo.db")
        db = abrir_base(carpeta / "demo.db")
        try:
            contexto = Contexto(db, 1)
            imprimir_padron_pdf(contexto, carpeta / "padron.pdf")
            cartas = generar_avisos(contexto, carpeta / "avisos.pdf").cantidad
        finally:
            db.close()
        return carpeta, cartas

    return compartida(tmp_path_factory, "padron_y_avisos", armar)


@pytest.fixture
def con_padron_y_avisos(_demo_con_padron_y_avisos, tmp_path):
    """(base, cartas): una copia de la demo con el padrón y los avisos recién emitidos (padron.pdf y avisos.pdf en
    tmp_path), y cuántas cartas tiene el lote."""
    from escritorio.servicios.base import abrir_base

    carpeta, cartas = _demo_con_padron_y_avisos
    for nombre in ("demo.db", "padron.pdf", "avisos.pdf"):
        shutil.copy(carpeta / nombre, tmp_path / nombre)
    db = abrir_base(tmp_path / "demo.db")
    yield db, cartas
    db.close()


def _documento(db, tipo: str) -> dict:
    [documento] = [d for d in db.query("SELECT * FROM documentos_emitidos WHERE tipo = ?", [tipo])]
    return documento


def test_el_padron_registra_sus_cuentas_por_pais_y_no_guarda_el_texto_de_un_listado_largo(demo_db, tmp_path,
                                                                                          monkeypatch):
    """Un padrón se registra con una instantánea chica (por país, su cuenta y su huella; las filas solo de los
    países chicos); el texto de un archivo largo no se guarda: se verifica por su SHA-256 y lo que afirma."""
    monkeypatch.setattr(documentos, "PAGINAS_PARA_GUARDAR_TEXTO", 3)   # el padrón de la demo (8 páginas), «largo»
    contexto = Contexto(demo_db, 1)
    imprimir_padron_pdf(contexto, tmp_path / "padron.pdf")
    padron = _documento(demo_db, "padron")
    resumen = json.loads(padron["resumen"])
    assert len(padron["resumen"]) < 40_000 and {s["titulo"] for s in resumen["instantanea"]} >= {"Argentina", "Brasil"}
    [archivo] = tabla_documentos.archivos_de(demo_db, padron["id"])
    assert archivo["texto"] is None and archivo["copia"] == 0
    resultado = verificar_archivo(demo_db, tmp_path / "padron.pdf")
    assert resultado.veredicto == VIGENTE and resultado.codigo == padron["codigo"]
    # Con las bajas es otro documento (otro código), y no reemplaza al padrón sin ellas.
    imprimir_padron_pdf(contexto, tmp_path / "con-bajas.pdf", incluir_bajas=True)
    assert verificar_archivo(demo_db, tmp_path / "con-bajas.pdf").codigo != padron["codigo"]
    assert verificar_archivo(demo_db, tmp_path / "padron.pdf").veredicto == VIGENTE


def test_la_composicion_a_una_fecha_queda_reemplazada_cuando_hoy_es_otra(demo_db, tmp_path):
    from escritorio.servicios.organos import NuevoMandato, designar, listar_organos

    contexto = Contexto(demo_db, 1)
    consejo = next(o["id"] for o in listar_organos(contexto) if o["nombre"] == "Consejo")
    imprimir_composicion(contexto, consejo, tmp_path / "consejo.pdf")
    assert verificar_archivo(demo_db, tmp_path / "consejo.pdf").veredicto == VIGENTE
    montevideo = next(m for m in demo_db.query("SELECT id FROM miembros WHERE nombre = 'Salto'"))["id"]
    designar(contexto, consejo, NuevoMandato(miembro_id=montevideo, cargo="suplente", desde=date.today()))
    resultado = verificar_archivo(demo_db, tmp_path / "consejo.pdf")
    assert resultado.veredicto == REEMPLAZADO
    # un suplente designado sin decir el voto no vota (la omisión del cargo, la misma en la ventana y en la CLI)
    assert "• Integrantes: se agregó Salto (Uruguay) · Suplente · sin voto." in resultado.motivos
    hoy = dict(resultado.base_hoy)
    # Salto ya integraba el Consejo: su suplente es otra persona de la misma ciudad, y la composición cuenta
    # ciudades (issue 80): la cifra no cambia, cambia la lista de integrantes (el motivo de arriba)
    assert dict(resultado.documento)["Integrantes"] == hoy["Integrantes"] == "17 (17 con voto)"


def test_el_estatuto_y_la_convocatoria_vigentes_por_codigo_y_el_borrador_es_borrador(demo_db, tmp_path):
    contexto = Contexto(demo_db, 1)
    imprimir_texto_norma(contexto, 1, tmp_path / "estatuto.pdf")
    sesion = next(s["id"] for s in demo_db.query("SELECT s.id FROM sesiones s JOIN actas a ON a.sesion_id = s.id "
                                             "WHERE a.estado = 'borrador'"))
    imprimir_convocatoria(contexto, sesion, tmp_path / "convocatoria.pdf")
    imprimir_acta(contexto, sesion, tmp_path / "borrador.pdf")
    for tipo in ("norma", "convocatoria"):
        assert verificar_codigo(demo_db, _documento(demo_db, tipo)["codigo"]).veredicto == VIGENTE
    borrador = verificar_archivo(demo_db, tmp_path / "borrador.pdf")
    assert borrador.veredicto == BORRADOR and borrador.salida == 6
    assert borrador.titulo == "Borrador auténtico, no es el acta aprobada"
    # La vista previa del borrador no registra nada (mirar no es emitir), como la del acta aprobada.
    antes = demo_db.execute("SELECT count(*) FROM archivos_emitidos").fetchone()[0]
    imprimir_acta(contexto, sesion, tmp_path / "vista.pdf", vista_previa=True)
    assert demo_db.execute("SELECT count(*) FROM archivos_emitidos").fetchone()[0] == antes


def test_cada_carta_de_un_lote_de_avisos_es_un_documento(con_padron_y_avisos, tmp_path):
    """Un lote de avisos es un archivo y, adentro, un documento por carta (cada una con su código): quien recibe una
    carta la verifica sola; el archivo entero, como lote."""
    demo_db, cartas = con_padron_y_avisos   # la demo con los avisos recién generados en tmp_path / "avisos.pdf"
    avisos = list(demo_db.query("SELECT * FROM documentos_emitidos WHERE tipo = 'aviso' ORDER BY id"))
    assert len(avisos) == cartas > 1
    archivos = [tabla_documentos.archivos_de(demo_db, d["id"]) for d in avisos]
    assert len({a[0]["sha256"] for a in archivos}) == 1            # un solo archivo
    assert all(a[0]["texto"] is None for a in archivos)           # el de un lote no se guarda (ver emitir_varios)
    lote = verificar_archivo(demo_db, tmp_path / "avisos.pdf")
    assert lote.veredicto == VIGENTE and lote.motivos[0].startswith(f"Es un lote de {cartas} documentos")
    assert verificar_codigo(demo_db, avisos[0]["codigo"]).documento[0][1].startswith("Aviso de cobro (nivel")


def _mensajes(verificacion: Verificacion) -> list[str]:
    return [*verificacion.motivos, *verificacion.avisos, verificacion.archivo or "", verificacion.bitacora or ""]


def test_ningun_mensaje_de_la_verificacion_tiene_espacios_dobles(con_padron_y_avisos, tmp_path):
    """Cada texto que la verificación puede decir (en el código: los de `traducir`) y lo que dice de verdad de varios
    documentos, vigentes, reemplazados, alterados y sin código: sin dos espacios seguidos."""
    modulos = ["servicios/verificar_documento.py", "servicios/vigencia.py", "servicios/vigencia_de_listas.py",
               "servicios/emisiones.py", "servicios/documentos.py", "dominio/verificacion.py",
               "dominio/instantaneas.py", "documentos/pdf/verificacion.py", "documentos/pdf/lectura.py"]
    con_dobles = []
    for modulo in modulos:
        for nodo in ast.walk(ast.parse((RAIZ / modulo).read_text(encoding="utf-8"))):
            if isinstance(nodo, ast.Call) and getattr(nodo.func, "id", getattr(nodo.func, "attr", "")) == "traducir":
                for argumento in nodo.args:
                    if isinstance(argumento, ast.Constant) and "  " in str(argumento.value):
                        con_dobles.append(f"{modulo}:{nodo.lineno}: {argumento.value!r}")
    assert not con_dobles, con_dobles

    demo_db, _ = con_padron_y_avisos   # la demo con el padrón y los avisos recién emitidos, en tmp_path
    contexto = Contexto(demo_db, 1)
    from pypdf import PdfReader, PdfWriter

    escritor = PdfWriter(clone_from=PdfReader(tmp_path / "padron.pdf"))   # guardado de nuevo: mismo texto, otros bytes
    escritor.write(tmp_path / "guardado.pdf")
    vistos = [verificar_archivo(demo_db, tmp_path / nombre) for nombre in ("padron.pdf", "avisos.pdf", "guardado.pdf")]
    vistos.append(verificar_codigo(demo_db, _documento(demo_db, "padron")["codigo"]))
    from escritorio.dominio.ficha import FichaMiembro
    from escritorio.servicios.ficha import guardar_ficha

    guardar_ficha(contexto, FichaMiembro(nombre="Villa Nueva", pais="AR", tipo="municipio", region="Córdoba"),
                  poblacion=(50_000, 2022, "INDEC"))
    vistos.append(verificar_archivo(demo_db, tmp_path / "padron.pdf"))
    assert {v.veredicto for v in vistos} >= {VIGENTE, REEMPLAZADO, "alterado"}
    for verificacion in vistos:
        for mensaje in _mensajes(verificacion):
            assert "  " not in mensaje, mensaje
