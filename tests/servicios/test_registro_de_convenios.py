"""El registro de convenios (issue 47 §1) contra la base, en los dos motores: cargar un convenio con sus partes,
lo que se rechaza (con su campo, sin guardar nada), corregirlo sin pisar lo que otro cambió, terminarlo por
denuncia, sus obligaciones, el PDF firmado con su huella (y uno alterado por fuera), los filtros y los
vencimientos para «Próximos pasos»."""

import hashlib
from datetime import date

import psycopg
import pytest

from ayudas import pdf_de_prueba as _pdf

from escritorio.dominio.convenios import DatosConvenio, Parte
from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorConflicto, ErrorEscritorio, ErrorValidacion
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.convenios import (FiltroConvenios, agregar_parte, convenio_de_la_asociacion,
                                            convenios_del_miembro, datos_del_convenio, guardar_convenio,
                                            listar_convenios, quitar_parte, terminar_convenio)
from escritorio.servicios.vencimientos_de_convenios import Vencimiento, vencimientos
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.obligaciones_de_convenios import (NuevaObligacion, agregar_obligacion, cumplir_obligacion,
                                                            volver_a_pendiente)
from escritorio.servicios.organos import NuevoOrgano, crear_organo
from escritorio.servicios.partes_externas import NuevaParteExterna, guardar_parte_externa, listar_partes_externas
from escritorio.servicios.pdf_de_convenios import PdfAlterado, adjuntar_pdf, exportar_pdf, pdf_firmado
from escritorio.servicios.verificacion.comprobaciones import verificar

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

HOY = date(2026, 11, 23)


@pytest.fixture
def red(db, asociacion_id):
    """La RML con dos ciudades, una universidad y una unidad temática."""
    contexto = Contexto(db, asociacion_id)
    rosario = guardar_ficha(contexto, FichaMiembro("Rosario", "AR"), poblacion=(1_348_725, 2022, "Censo"))
    porto = guardar_ficha(contexto, FichaMiembro("Porto Alegre", "BR"), poblacion=(1_332_570, 2022, "Censo"))
    unr = guardar_parte_externa(contexto, NuevaParteExterna("Universidad Nacional de Rosario", "universidad", "AR"))
    unidad = crear_organo(contexto, NuevoOrgano("UT Cultura", "unidad_tematica"))
    return contexto, {"rosario": rosario, "porto": porto, "unr": unr, "unidad": unidad}


def _cooperacion(ids, **cambios) -> DatosConvenio:
    base = dict(tipo="cooperacion", titulo="Convenio marco con la UNR", inicio=date(2025, 3, 1),
                fin=date(2027, 2, 28), firmado_el=date(2025, 2, 20), objeto="Pasantías y formación",
                renovacion_meses=12, preaviso_dias=60, organo_id=ids["unidad"],
                partes=(Parte(externa_id=ids["unr"], firmante="Rector"), Parte(miembro_id=ids["rosario"])))
    return DatosConvenio(**(base | cambios))


def _cuantos(db, tabla: str) -> int:
    return db.execute(f"SELECT count(*) FROM {tabla}").fetchone()[0]


def test_un_convenio_con_sus_partes_se_guarda_y_se_lee_al_volver_a_abrir(red, destino):
    contexto, ids = red
    convenio_id = guardar_convenio(contexto, _cooperacion(ids), hoy=HOY)
    otra = abrir_base(destino)   # otra conexión: lo guardado está confirmado
    try:
        leido = convenio_de_la_asociacion(Contexto(otra, contexto.asociacion_id), convenio_id, HOY)
    finally:
        otra.close()
    assert leido["nombres_de_las_partes"] == "RML · Universidad Nacional de Rosario · Rosario"
    assert [(p["tipo"], p["firmante"]) for p in leido["partes"]] == [("universidad", "Rector"), ("miembro", None)]
    assert leido["organo"] == "UT Cultura" and leido["estado"] == "vigente" and leido["pdf"] is None
    # Se renueva solo cada 12 meses con 60 días de preaviso: el plazo para denunciarlo es el 29/12/2026.
    assert leido["ultimo_dia_para_denunciar"] == "2026-12-30" and leido["fin_efectivo"] is None
    assert convenio_de_la_asociacion(contexto, convenio_id, date(2027, 3, 1))["estado"] == "renovado"


def test_lo_que_no_va_se_rechaza_en_su_campo_y_no_se_guarda_nada(red, db):
    contexto, ids = red
    with pytest.raises(ErrorValidacion) as error:
        guardar_convenio(contexto, _cooperacion(ids, titulo="  ", fin=date(2025, 1, 1), partes=()), hoy=HOY)
    assert {"titulo", "fin", "partes"} <= set(error.value.campos)
    assert "Fin: el 01/01/2025 no es posterior al inicio (01/03/2025)" in error.value.mensaje
    with pytest.raises(ErrorValidacion) as error:
        guardar_convenio(contexto, _cooperacion(ids, resolucion_id=999, organo_id=998,
                                                partes=(Parte(miembro_id=4040),)), hoy=HOY)
    assert {"resolucion_id", "organo_id", "partes"} <= set(error.value.campos)
    with pytest.raises(ErrorValidacion) as error:
        guardar_convenio(contexto, _cooperacion(ids, firmado_el=date(2026, 12, 1)), hoy=HOY)
    assert set(error.value.campos) == {"firmado_el"}   # la firma es un hecho: no puede ser futura
    assert _cuantos(db, "convenios") == 0 and _cuantos(db, "partes_convenio") == 0


def test_un_miembro_de_otra_asociacion_no_es_parte(red, db):
    contexto, ids = red
    otra = crear_asociacion(db, NuevaAsociacion(nombre="Otra Red", sigla="OR", paises={"AR": "pleno"}))
    ajeno = guardar_ficha(Contexto(db, otra), FichaMiembro("Paraná", "AR"), poblacion=(250_000, 2022, "Censo"))
    with pytest.raises(ErrorValidacion, match=f"el miembro {ajeno} no es de esta asociación"):
        guardar_convenio(contexto, _cooperacion(ids, partes=(Parte(miembro_id=ajeno),)), hoy=HOY)
    assert _cuantos(db, "convenios") == 0


def test_un_hermanamiento_entre_dos_ciudades_sin_la_asociacion(red):
    contexto, ids = red
    convenio_id = guardar_convenio(contexto, DatosConvenio(
        "hermanamiento", "Hermanamiento Rosario – Porto Alegre", date(1998, 5, 4), asociacion_es_parte=False,
        partes=(Parte(miembro_id=ids["rosario"]), Parte(miembro_id=ids["porto"]))), hoy=HOY)
    leido = convenio_de_la_asociacion(contexto, convenio_id, HOY)
    assert leido["nombres_de_las_partes"] == "Rosario · Porto Alegre" and leido["estado"] == "vigente"
    # Quitar una de las dos ciudades lo dejaría con una sola parte: no se quita.
    with pytest.raises(ErrorValidacion, match="al menos dos partes"):
        quitar_parte(contexto, convenio_id, Parte(miembro_id=ids["porto"]))
    assert [c["id"] for c in convenios_del_miembro(contexto, ids["porto"], HOY)] == [convenio_id]


def test_corregir_no_pisa_lo_que_otro_cambio_mientras_el_formulario_estaba_abierto(red, destino):
    contexto, ids = red
    convenio_id = guardar_convenio(contexto, _cooperacion(ids), hoy=HOY)
    leido = convenio_de_la_asociacion(contexto, convenio_id, HOY)
    otra = abrir_base(destino)
    try:
        otro = Contexto(otra, contexto.asociacion_id)
        guardar_convenio(otro, _cooperacion(ids, titulo="Convenio marco UNR (adenda)"), convenio_id,
                         leido=convenio_de_la_asociacion(otro, convenio_id, HOY), hoy=HOY)
    finally:
        otra.close()
    with pytest.raises(ErrorConflicto) as conflicto:
        guardar_convenio(contexto, _cooperacion(ids, preaviso_dias=90), convenio_id, leido=leido, hoy=HOY)
    assert "«Convenio marco con la UNR» → «Convenio marco UNR (adenda)»" in conflicto.value.mensaje
    assert convenio_de_la_asociacion(contexto, convenio_id, HOY)["preaviso_dias"] == 60
    # Sobrescribir a sabiendas: con lo que hay ahora como lo leído.
    guardar_convenio(contexto, _cooperacion(ids, preaviso_dias=90), convenio_id, leido=conflicto.value.actual,
                     hoy=HOY)
    assert convenio_de_la_asociacion(contexto, convenio_id, HOY)["preaviso_dias"] == 90


def test_corregir_las_partes_conserva_las_que_siguen_y_agregar_una_respeta_las_reglas(red, db):
    contexto, ids = red
    convenio_id = guardar_convenio(contexto, _cooperacion(ids), hoy=HOY)
    antes = {p["miembro_id"] or -p["parte_externa_id"]: p["id"] for p in
             convenio_de_la_asociacion(contexto, convenio_id)["partes"]}
    datos = datos_del_convenio(convenio_de_la_asociacion(contexto, convenio_id))
    guardar_convenio(contexto, DatosConvenio(**{**datos.__dict__, "partes": (
        Parte(externa_id=ids["unr"], firmante="Rectora"), Parte(miembro_id=ids["porto"]))}), convenio_id, hoy=HOY)
    despues = convenio_de_la_asociacion(contexto, convenio_id)["partes"]
    assert [(p["nombre"], p["firmante"]) for p in despues] == [("Universidad Nacional de Rosario", "Rectora"),
                                                              ("Porto Alegre", None)]
    assert despues[0]["id"] == antes[-ids["unr"]]   # la misma fila, con el firmante corregido
    parte = agregar_parte(contexto, convenio_id, Parte(miembro_id=ids["rosario"], firmante="Intendente"))
    assert parte > despues[-1]["id"]
    with pytest.raises(ErrorValidacion, match="dos veces"):
        agregar_parte(contexto, convenio_id, Parte(miembro_id=ids["rosario"]))
    assert _cuantos(db, "partes_convenio") == 3


def test_denunciar_a_tiempo_lo_termina_con_el_periodo_y_no_se_termina_dos_veces(red):
    contexto, ids = red
    convenio_id = guardar_convenio(contexto, _cooperacion(ids), hoy=HOY)
    # Notificada el 23/11/2026, antes del 30/12: termina el 28/02/2027, con el período en curso.
    assert terminar_convenio(contexto, convenio_id, "Denuncia de la UNR", hoy=HOY) == date(2027, 2, 28)
    convenio = convenio_de_la_asociacion(contexto, convenio_id, HOY)
    assert convenio["estado"] == "vigente" and convenio["fin_efectivo"] == "2027-02-28"
    assert convenio["ultimo_dia_para_denunciar"] is None
    assert convenio_de_la_asociacion(contexto, convenio_id, date(2027, 3, 1))["estado"] == "terminado"
    with pytest.raises(ErrorEscritorio, match="ya terminó el 28/02/2027"):
        terminar_convenio(contexto, convenio_id, "Otra vez", hoy=HOY)


def test_no_se_termina_despues_de_su_ultimo_dia(red):
    contexto, ids = red
    convenio_id = guardar_convenio(contexto, _cooperacion(ids, renovacion_meses=None, preaviso_dias=None), hoy=HOY)
    with pytest.raises(ErrorValidacion) as error:
        terminar_convenio(contexto, convenio_id, "Rescisión", date(2027, 6, 1), hoy=HOY)
    assert set(error.value.campos) == {"el"}
    assert convenio_de_la_asociacion(contexto, convenio_id, HOY)["terminado_el"] is None


def test_las_obligaciones_con_su_importe_atrasadas_y_cumplidas(red):
    contexto, ids = red
    convenio_id = guardar_convenio(contexto, _cooperacion(ids), hoy=HOY)
    informe = agregar_obligacion(contexto, convenio_id, NuevaObligacion("informe", "Informe de avance",
                                                                        date(2026, 10, 31)), hoy=HOY)
    pago = agregar_obligacion(contexto, convenio_id, NuevaObligacion("pago", "Aporte a becas", date(2027, 1, 15),
                                                                    "12.500,50", "usd"), hoy=HOY)
    with pytest.raises(ErrorValidacion) as error:
        agregar_obligacion(contexto, convenio_id, NuevaObligacion("pago", "Aporte", date(2027, 1, 15), "doce",
                                                                  "USD"), hoy=HOY)
    assert set(error.value.campos) == {"importe"}
    with pytest.raises(ErrorValidacion) as error:
        agregar_obligacion(contexto, convenio_id, NuevaObligacion("pago", "", date(2027, 1, 15), "10", "XYZ"),
                           hoy=HOY)
    assert set(error.value.campos) == {"descripcion", "moneda"}
    convenio = convenio_de_la_asociacion(contexto, convenio_id, HOY)
    assert [(o["id"], o["atrasada"], o["importe"], o["moneda"]) for o in convenio["obligaciones"]] == [
        (informe, True, None, None), (pago, False, 1_250_050, "USD")]
    assert convenio["obligaciones_pendientes"] == 2 and convenio["proxima_obligacion"] == "2026-10-31"
    assert cumplir_obligacion(contexto, informe, date(2026, 11, 2), hoy=HOY) == date(2026, 11, 2)
    with pytest.raises(ErrorEscritorio, match="ya está cumplida desde el 02/11/2026"):
        cumplir_obligacion(contexto, informe, hoy=HOY)
    convenio = convenio_de_la_asociacion(contexto, convenio_id, HOY)
    assert convenio["obligaciones"][0]["estado"] == "cumplida" and convenio["obligaciones_pendientes"] == 1
    volver_a_pendiente(contexto, informe)
    assert convenio_de_la_asociacion(contexto, convenio_id, HOY)["obligaciones"][0]["cumplida_el"] is None


def _alterar_pdf(destino, motor: str, pdf_id: int, contenido: bytes) -> None:
    """Otro programa cambia los bytes del PDF guardado, apagando la regla que lo impide."""
    if motor == "sqlite":
        import sqlite3

        conexion = sqlite3.connect(destino)
        conexion.execute("DROP TRIGGER pdfs_convenio_fijo_update")
        conexion.execute("UPDATE pdfs_convenio SET pdf = ? WHERE id = ?", [contenido, pdf_id])
        conexion.commit()
        conexion.close()
        return
    with psycopg.connect(destino, autocommit=True) as conexion:
        conexion.execute("SET session_replication_role = replica")   # sin triggers, como quien administra el servidor
        conexion.execute("UPDATE pdfs_convenio SET pdf = %s WHERE id = %s", [contenido, pdf_id])


def test_el_pdf_firmado_se_guarda_con_su_huella_no_se_pisa_y_uno_alterado_se_nota(red, db, destino, motor,
                                                                                    tmp_path):
    contexto, ids = red
    convenio_id = guardar_convenio(contexto, _cooperacion(ids), hoy=HOY)
    firmado = tmp_path / "Convenio UNR firmado.pdf"
    firmado.write_bytes(_pdf("Convenio marco con la UNR, firmado"))
    hecho = adjuntar_pdf(contexto, convenio_id, firmado)
    adjunto = hecho.adjunto
    assert hecho.nuevo
    assert adjunto["sha256"] == hashlib.sha256(firmado.read_bytes()).hexdigest()
    assert (adjunto["nombre"], adjunto["paginas"]) == ("Convenio UNR firmado.pdf", 1)

    otro = tmp_path / "otro.pdf"
    otro.write_bytes(_pdf("Otra versión"))
    with pytest.raises(ErrorEscritorio, match="ya tiene su PDF firmado .*no se reemplazó"):
        adjuntar_pdf(contexto, convenio_id, otro)
    igual = adjuntar_pdf(contexto, convenio_id, firmado)   # el mismo: nada nuevo
    assert igual.adjunto["id"] == adjunto["id"] and not igual.nuevo
    reemplazo = adjuntar_pdf(contexto, convenio_id, otro, reemplazar=True).adjunto
    assert _cuantos(db, "pdfs_convenio") == 2   # el anterior queda en el historial
    assert pdf_firmado(contexto, convenio_id)[1] == otro.read_bytes()
    assert pdf_firmado(contexto, convenio_id, adjunto["id"])[1] == firmado.read_bytes()

    salida = tmp_path / "exportado.pdf"
    salida.write_bytes(b"no pisar")
    with pytest.raises(ErrorEscritorio, match="Ya existe"):
        exportar_pdf(contexto, convenio_id, salida)
    assert salida.read_bytes() == b"no pisar"
    exportar_pdf(contexto, convenio_id, salida, reemplazar=True)
    assert salida.read_bytes() == otro.read_bytes()

    for no_pdf, motivo in ((b"", "está vacío"), (b"hola", "no es un PDF"), (otro.read_bytes()[:300], "dañado")):
        malo = tmp_path / "malo.pdf"
        malo.write_bytes(no_pdf)
        with pytest.raises(ErrorEscritorio, match=motivo):
            adjuntar_pdf(contexto, convenio_id, malo, reemplazar=True)
    assert _cuantos(db, "pdfs_convenio") == 2

    db.close()
    _alterar_pdf(destino, motor, reemplazo["id"], otro.read_bytes() + b"\n% una linea agregada por otro programa\n")
    db2 = abrir_base(destino)
    try:
        alterado = Contexto(db2, contexto.asociacion_id)
        with pytest.raises(PdfAlterado, match="fue cambiado por fuera de Escritorio"):
            pdf_firmado(alterado, convenio_id)
        with pytest.raises(PdfAlterado):
            exportar_pdf(alterado, convenio_id, tmp_path / "nuevo.pdf")
        assert not (tmp_path / "nuevo.pdf").exists()
        assert pdf_firmado(alterado, convenio_id, adjunto["id"])[1] == firmado.read_bytes()   # el otro, intacto
        problemas = verificar(db2).problemas
        assert any(f"el PDF firmado n.º {reemplazo['id']} del convenio {convenio_id}" in p for p in problemas)
    finally:
        db2.close()


def test_listar_con_filtros_por_tipo_estado_parte_y_organo(red):
    contexto, ids = red
    cooperacion = guardar_convenio(contexto, _cooperacion(ids), hoy=HOY)
    hermanamiento = guardar_convenio(contexto, DatosConvenio(
        "hermanamiento", "Hermanamiento", date(1998, 5, 4), asociacion_es_parte=False,
        partes=(Parte(miembro_id=ids["rosario"]), Parte(miembro_id=ids["porto"]))), hoy=HOY)
    vencido = guardar_convenio(contexto, _cooperacion(ids, titulo="Convenio 2019", inicio=date(2019, 1, 1),
                                                      fin=date(2020, 12, 31), renovacion_meses=None,
                                                      firmado_el=None, organo_id=None), hoy=HOY)

    def ids_de(**filtro) -> set[int]:
        return {c["id"] for c in listar_convenios(contexto, FiltroConvenios(**filtro), HOY)}

    assert ids_de() == {cooperacion, hermanamiento, vencido}
    assert ids_de(tipo="hermanamiento") == {hermanamiento}
    assert ids_de(estado="vencido") == {vencido}
    assert ids_de(miembro_id=ids["porto"]) == {hermanamiento}
    assert ids_de(externa_id=ids["unr"]) == {cooperacion, vencido}
    assert ids_de(organo_id=ids["unidad"]) == {cooperacion}
    assert [p["convenios"] for p in listar_partes_externas(contexto)] == [2]


def test_los_vencimientos_de_una_ventana_de_fechas(red):
    contexto, ids = red
    # Vence el 31/01/2027 sin renovación; otro se renueva con 60 días de preaviso (plazo: 30/12/2026).
    termina = guardar_convenio(contexto, _cooperacion(ids, titulo="Financiamiento BID", tipo="financiamiento",
                                                      fin=date(2027, 1, 31), renovacion_meses=None), hoy=HOY)
    renueva = guardar_convenio(contexto, _cooperacion(ids), hoy=HOY)
    informe = agregar_obligacion(contexto, termina, NuevaObligacion("informe", "Informe final", date(2027, 1, 10)),
                                 hoy=HOY)
    atrasado = agregar_obligacion(contexto, renueva, NuevaObligacion("informe", "Informe anual", date(2026, 9, 30)),
                                  hoy=HOY)
    agregar_obligacion(contexto, renueva, NuevaObligacion("pago", "Cuota", date(2027, 6, 1), "100", "USD"), hoy=HOY)

    hallados = vencimientos(contexto, HOY, date(2027, 2, 28))
    assert all(isinstance(v, Vencimiento) for v in hallados)
    assert [(v.fecha, v.clase, v.convenio_id, v.obligacion_id, v.atrasada) for v in hallados] == [
        (date(2026, 9, 30), "obligacion", renueva, atrasado, True),
        (date(2026, 12, 30), "denuncia", renueva, None, False),
        (date(2027, 1, 10), "obligacion", termina, informe, False),
        (date(2027, 1, 31), "fin", termina, None, False)]
    assert hallados[1].texto == ("Último día para denunciar el convenio «Convenio marco con la UNR»: si no, se "
                                 "renueva el 01/03/2027 por 12 meses")
    assert hallados[3].texto == "Vence el convenio «Financiamiento BID»"
    assert "Informe: Informe final — convenio «Financiamiento BID»" == hallados[2].texto
    assert [v.clase for v in vencimientos(contexto, HOY, date(2027, 2, 28), atrasadas=False)] == [
        "denuncia", "obligacion", "fin"]
    cumplir_obligacion(contexto, informe, hoy=HOY)
    assert informe not in [v.obligacion_id for v in vencimientos(contexto, HOY, date(2027, 2, 28))]
    with pytest.raises(ErrorEscritorio, match="termina .* antes de empezar"):
        vencimientos(contexto, HOY, date(2026, 1, 1))


def test_una_parte_externa_no_se_repite_y_su_pais_se_revisa(red, db):
    contexto, ids = red
    with pytest.raises(ErrorValidacion, match="ya hay una que se llama"):
        guardar_parte_externa(contexto, NuevaParteExterna("universidad nacional de rosario", "universidad"))
    with pytest.raises(ErrorValidacion) as error:
        guardar_parte_externa(contexto, NuevaParteExterna("CGLU", "red", "Atlántida"))
    assert set(error.value.campos) == {"pais"}
    cglu = guardar_parte_externa(contexto, NuevaParteExterna("CGLU", "red", "España"))
    assert next(p for p in listar_partes_externas(contexto) if p["id"] == cglu)["pais"] == "ES"
    assert guardar_parte_externa(contexto, NuevaParteExterna("Ciudades y Gobiernos Locales Unidos", "red", ""),
                                 cglu) == cglu
    assert _cuantos(db, "partes_externas") == 2


def test_un_miembro_que_es_parte_de_un_convenio_tiene_historia_y_no_se_borra(red):
    from escritorio.servicios.miembros import puede_eliminarse

    contexto, ids = red
    guardar_convenio(contexto, _cooperacion(ids), hoy=HOY)
    assert puede_eliminarse(contexto.db, ids["rosario"]) == (
        False, "«Rosario» tiene historia (1 convenio del que es parte): no se puede borrar. Si deja la asociación, use «Dar de "
               "baja» con fecha y motivo.")
    assert puede_eliminarse(contexto.db, ids["porto"])[0] is True
