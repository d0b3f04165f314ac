"""Lo que devuelven los servicios tiene un tipo que lo dice (issue #16): las filas que cruzan a la ventana, la CLI y los
documentos son `TypedDict` declarados junto a su servicio (`MiembroDelPadron`, `SesionListada`, `PagoDetallado`…), no
diccionarios cuyo contrato vive en un docstring.

Esta prueba corre cada servicio sobre una copia de la red de ejemplo (y una firma digital de verdad) y exige que cada
fila tenga exactamente las claves de su tipo y que cada valor sea del tipo declarado: si una consulta gana o pierde una
columna, o una columna puede quedar vacía sin que el tipo lo diga, falla aquí y no en una pantalla.
"""

import ast
import re
import types
import typing
from datetime import date, datetime
from pathlib import Path

import pytest

import escritorio
from certificados import crear_certificado
from escritorio.datos import actas as tabla_actas
from escritorio.servicios import (actas, asociaciones, busqueda, convenios, estatutos, ficha, firmas, mandatos,
                                  miembros, organos, pagos, partes_externas, pdf_de_convenios, plan_de_trabajo,
                                  respaldo, rotacion, sesiones, unidades, votaciones)
from escritorio.servicios.memoria import textos as memoria_textos
from escritorio.servicios.sesiones import (asistencia as sesiones_asistencia, convocatoria as sesiones_convocatoria,
                                           puntos as sesiones_puntos, reglas as sesiones_reglas)
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto

CONTRASENA = "clave de prueba"


def _permitidos(anotacion) -> tuple[type, ...]:
    """Los tipos de Python que acepta una anotación («int | None» → (int, NoneType); «list[dict]» → (list,))."""
    if isinstance(anotacion, types.UnionType) or typing.get_origin(anotacion) is typing.Union:
        return tuple(t for parte in typing.get_args(anotacion) for t in _permitidos(parte))
    if anotacion is None or anotacion is type(None):
        return (type(None),)
    if typing.is_typeddict(anotacion):   # una fila tipada dentro de otra: en tiempo de ejecución, un dict
        return (dict,)
    return (typing.get_origin(anotacion) or anotacion,)


def _problemas(filas, tipo) -> list[str]:
    esperado = typing.get_type_hints(tipo)
    problemas = []
    for fila in filas:
        if set(fila) != set(esperado):
            problemas.append(f"{tipo.__name__}: sobran {sorted(set(fila) - set(esperado))}, "
                             f"faltan {sorted(set(esperado) - set(fila))}")
            continue
        for clave, valor in fila.items():
            permitidos = _permitidos(esperado[clave])
            # bool es un int para Python: una columna 0/1 declarada int acepta bool, pero no al revés
            if not isinstance(valor, permitidos) or (isinstance(valor, bool) and bool not in permitidos
                                                     and int not in permitidos):
                problemas.append(f"{tipo.__name__}.{clave}: {valor!r} no es {esperado[clave]}")
    return sorted(set(problemas))


@pytest.fixture(scope="module")
def red(demo_creada_por_la_cli, tmp_path_factory):
    """Una copia de la red de ejemplo con un respaldo y un acta firmada digitalmente (para tener de todo)."""
    carpeta = tmp_path_factory.mktemp("filas_tipadas")
    ruta = carpeta / "red.db"
    ruta.write_bytes(Path(demo_creada_por_la_cli).read_bytes())
    db = abrir_base(ruta)
    contexto = Contexto(db, asociaciones.listar_asociaciones(db)[0]["id"])
    respaldo.crear_respaldo(db)
    aprobada = next(s for s in sesiones.listar_sesiones(contexto) if s["estado_acta"] == "aprobada")
    p12, _ = crear_certificado(carpeta, "Lucía Fernández", CONTRASENA)
    firmas.firmar_con_certificado(contexto, "acta", aprobada["id"], p12, CONTRASENA)
    # Un convenio con su PDF firmado adjunto (la red de ejemplo no trae PDF): el acta firmada sirve de PDF.
    firmado = carpeta / "convenio firmado.pdf"
    firmado.write_bytes(firmas.pdf_firmado(contexto, firmas.listar_firmas(contexto)[0]["id"]))
    pdf_de_convenios.adjuntar_pdf(contexto, convenios.listar_convenios(contexto)[0]["id"], firmado)
    yield contexto, ruta
    db.close()


def _casos(contexto: Contexto, ruta: Path):
    """(tipo, filas que lo deben cumplir), por cada servicio que devuelve filas."""
    c, db = contexto, contexto.db
    lista_sesiones = sesiones.listar_sesiones(c)
    lista_organos = organos.listar_organos(c)
    lista_miembros = miembros.listar_miembros(c)
    puntos = [p for s in lista_sesiones for p in sesiones_puntos.orden_del_dia(c, s["id"])]
    normas = estatutos.listar_normas(c)
    aprobada = next(s for s in lista_sesiones if s["estado_acta"] == "aprobada")
    yield asociaciones.FilaAsociacion, asociaciones.listar_asociaciones(db) + [asociaciones.elegir_asociacion(db)]
    yield asociaciones.CategoriaEnFecha, [h for p in asociaciones.paises_en_detalle(c) for h in p.historia]
    yield estatutos.FilaNorma, [estatutos.norma_de_la_asociacion(c, n["id"]) for n in normas]
    yield estatutos.NormaListada, normas + [estatutos.elegir_norma(c)]
    yield estatutos.FilaReforma, [r for n in normas for r in estatutos.listar_reformas(c, n["id"])]
    yield ficha.FichaLeida, [ficha.obtener_ficha(db, m["id"]) for m in lista_miembros[:40]]
    yield mandatos.FilaOrgano, ([mandatos.organo_de_la_asociacion(c, o["id"]) for o in lista_organos]
                                + [organos.secretaria_ejecutiva(c)])
    yield organos.OrganoListado, lista_organos + [organos.elegir_organo(c, "Consejo")] + unidades.unidades(c)
    yield organos.FilaMandato, [m for o in lista_organos for m in organos.mandatos_de(c, o["id"])]
    yield miembros.MiembroDelPadron, lista_miembros
    yield pagos.MiembroNombrado, [pagos.miembro_de_la_asociacion(c, m["id"]) for m in lista_miembros[:20]]
    yield pagos.CargoPendiente, [x for m in lista_miembros for x in pagos.cargos_pendientes(c, m["id"], "USD")]
    lista_pagos = pagos.listar_pagos(c)
    yield pagos.PagoListado, lista_pagos
    yield pagos.PagoDetallado, [pagos.obtener_pago(c, p["id"]) for p in lista_pagos[:40]]
    yield respaldo.RespaldoListado, respaldo.listar_respaldos(ruta)
    yield rotacion.TurnoDeRotacion, rotacion.calendario(c)
    yield sesiones.SesionDeLaAsociacion, [sesiones.sesion_de_la_asociacion(c, s["id"]) for s in lista_sesiones]
    yield sesiones.SesionListada, lista_sesiones
    yield sesiones_puntos.PuntoDelOrden, puntos
    yield sesiones_convocatoria.Destinatario, [d for s in lista_sesiones for d in sesiones_convocatoria.destinatarios(c, s["id"])]
    # El plan de trabajo: una actividad con su informe en PDF (para tener las columnas del informe llenas).
    de_la_red = plan_de_trabajo.actividades_de_la_red(c)
    plan_de_trabajo.registrar_informe(c, de_la_red[0]["id"], "Participaron 40 ciudades.",
                                      pdf=("informe.pdf", b"%PDF-1.4\n%%EOF\n"))
    yield unidades.Actividad, [a for u in unidades.unidades(c) for a in unidades.actividades(db, u["id"])]
    yield plan_de_trabajo.ActividadDeLaRed, plan_de_trabajo.actividades_de_la_red(c) + \
        plan_de_trabajo.actividades_atrasadas(c, date(2099, 1, 1))
    yield plan_de_trabajo.InformeDeActividad, [plan_de_trabajo.actividad_de(c, a["id"]) for a in de_la_red[:5]]
    yield plan_de_trabajo.InformeAdjunto, plan_de_trabajo.informes_de(c, de_la_red[0]["id"])
    # La memoria anual: las secciones propias de la secretaría.
    memoria_textos.agregar_seccion(c, 2025, "Hitos del año", "Se celebró la Cumbre.", "miembros")
    yield memoria_textos.SeccionPropia, memoria_textos.textos_de_la_memoria(c, 2025).secciones
    yield votaciones.ResolucionListada, votaciones.listar_resoluciones(c)
    yield firmas.FirmaListada, firmas.listar_firmas(c) + firmas.firmas_del_acta(c, aprobada["id"])
    lista_convenios = convenios.listar_convenios(c)
    yield convenios.ConvenioListado, lista_convenios + [convenios.convenio_de_la_asociacion(c, x["id"])
                                                        for x in lista_convenios]
    yield convenios.ParteDelConvenio, [p for x in lista_convenios for p in x["partes"]]
    yield convenios.ObligacionDelConvenio, [o for x in lista_convenios for o in x["obligaciones"]]
    yield convenios.PdfAdjunto, [h for x in lista_convenios for h in convenios.historial_de_pdfs(c, x["id"])]
    yield partes_externas.ParteExterna, partes_externas.listar_partes_externas(c)
    # Buscar en todo: una búsqueda que encuentra de cada clase («2026»: sesiones, resoluciones; «sao», miembros…).
    hallados = [busqueda.buscar(c, texto) for texto in ("2026", "sao", "adeuden", "12/2025", "xyzzy")]
    yield busqueda.Busqueda, hallados
    yield busqueda.Grupo, [g for h in hallados for g in h["grupos"]]
    yield busqueda.Encontrado, [r for h in hallados for g in h["grupos"] for r in g["resultados"]]
    # Las filas que alteraciones_de_actas nombra cuando un acta no coincide (en la red de ejemplo, ninguna).
    yield actas.ActaAprobada, tabla_actas.actas_aprobadas(db)
    # Con reglas, la fila entera; sin reglas ({}), ninguna clave: total=False.
    reglas = [sesiones_reglas.regla_de(db, o["id"])[1] for o in lista_organos]
    assert {} in reglas and any(reglas)
    yield sesiones_reglas.FilaReglaQuorum, [r for r in reglas if r]


def test_cada_fila_tiene_las_claves_y_los_tipos_de_su_tipo(red):
    contexto, ruta = red
    problemas, vacios = [], []
    for tipo, filas in _casos(contexto, ruta):
        if not filas:
            vacios.append(tipo.__name__)
        problemas += _problemas(filas, tipo)
    assert not vacios, f"Sin filas para probar (la red de ejemplo debería tenerlas): {vacios}"
    assert not problemas, "\n".join(problemas)


def test_la_votacion_cerrada_y_la_resolucion_adoptada_tienen_su_tipo(red):
    """`votar` y `adoptar_resolucion` escriben: se prueban sobre un punto nuevo de una sesión celebrada."""
    contexto, _ = red
    sesion = next(s for s in sesiones.listar_sesiones(contexto) if s["estado_acta"] == "borrador"
                  and s["estado"] == "celebrada")
    punto = sesiones_puntos.agregar_punto(contexto, sesion["id"], "Adhesión a la red de ciudades", "votacion")
    presentes = sesiones_asistencia.asistencia(contexto, sesion["id"]).quorum.presentes
    votacion = votaciones.votar(contexto, punto, votaciones.NuevaVotacion("alzada", None, None, presentes, 0, 0))
    assert _problemas([votacion], votaciones.VotacionCerrada) == []
    resolucion = votaciones.adoptar_resolucion(contexto, punto, "resolucion", "Adhiere a la red")
    assert _problemas([resolucion], votaciones.ResolucionAdoptada) == []


def test_la_prueba_ve_una_clave_de_mas_y_un_tipo_equivocado():
    class Fila(typing.TypedDict):
        id: int
        nombre: str | None
        cuando: datetime

    assert _problemas([{"id": 1, "nombre": None, "cuando": datetime(2026, 1, 1)}], Fila) == []
    assert _problemas([{"id": 1, "nombre": "x", "cuando": datetime(2026, 1, 1), "otra": 2}], Fila) == [
        "Fila: sobran ['otra'], faltan []"]
    assert _problemas([{"id": "1", "nombre": 3, "cuando": None}], Fila) == [
        "Fila.cuando: None no es <class 'datetime.datetime'>", "Fila.id: '1' no es <class 'int'>",
        "Fila.nombre: 3 no es str | None"]
    assert _problemas([{"id": True, "nombre": None, "cuando": datetime(2026, 1, 1)}], Fila) == []


def _sin_tipo(anotacion: str) -> bool:
    """«dict», «list[dict]», «dict | None», «tuple[X, dict]»: un dict sin decir qué lleva (dict[int, str] sí lo dice)."""
    return bool(re.search(r"\bdict\b(?!\[)", anotacion))


def test_ningun_servicio_devuelve_un_dict_sin_tipo():
    servicios = Path(escritorio.__file__).parent / "servicios"
    malos = []
    for ruta in sorted(servicios.rglob("*.py")):   # también los subpaquetes (sesiones/, verificacion/…)
        for nodo in ast.parse(ruta.read_text(encoding="utf-8")).body:
            if isinstance(nodo, ast.FunctionDef) and not nodo.name.startswith("_") and nodo.returns is not None \
                    and _sin_tipo(ast.unparse(nodo.returns)):
                malos.append(f"servicios/{ruta.relative_to(servicios).as_posix()}: {nodo.name} -> {ast.unparse(nodo.returns)}")
    assert not malos, "Servicios que devuelven un dict sin tipo (declare un TypedDict):\n" + "\n".join(malos)


def test_la_busqueda_de_dicts_sin_tipo():
    assert [a for a in ("dict", "list[dict]", "dict | None", "tuple[ReglaQuorum, dict]", "dict[int, str]",
                        "list[FilaMiembro]", "Contexto") if _sin_tipo(a)] == [
        "dict", "list[dict]", "dict | None", "tuple[ReglaQuorum, dict]"]
