"""El plan de trabajo de las unidades temáticas (issue 47, §4): por año, lo atrasado, corregir una actividad, su
orden de estados y su informe con el PDF guardado con su SHA-256. En los dos motores."""

import hashlib
import json
from datetime import date

import pytest

from ayudas import contar
from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorConflicto, ErrorEscritorio, ErrorValidacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.organos import elegir_organo
from escritorio.servicios.plan_de_trabajo import (actividad_de, actividades_atrasadas, cambiar_estado,
                                                  editar_actividad, guardar_copia_del_informe, informes_de,
                                                  leer_pdf_del_informe, pasos_posibles, plan_del_anio,
                                                  registrar_informe)
from escritorio.servicios.unidades import NuevaActividad, agregar_actividad, cargar_plantilla

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

PDF = b"%PDF-1.4\n% informe del seminario\n%%EOF\n"
OTRO_PDF = b"%PDF-1.7\n% informe corregido\n%%EOF\n"
AL = date(2026, 7, 1)


@pytest.fixture
def plan(db, asociacion_id):
    """La plantilla de unidades, dos ciudades y un plan de Cultura con actividades de 2025, 2026, entre los dos años
    y sin fecha, más una de Turismo."""
    contexto = Contexto(db, asociacion_id)
    ciudades = {nombre: guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais=pais, fecha_ingreso=date(2000, 1, 1)),
                                      poblacion=(250_000, 2020, "Censo"))
                for nombre, pais in (("Rosario", "AR"), ("Montevideo", "UY"))}
    cargar_plantilla(contexto)
    cultura = elegir_organo(contexto, "UT Cultura")["id"]
    turismo = elegir_organo(contexto, "UT Turismo")["id"]
    ids = {}
    for clave, unidad, nueva in (
            ("seminario_2025", cultura, NuevaActividad("Seminario 2025", date(2025, 6, 10), date(2025, 6, 12),
                                                       "realizada", ciudades["Rosario"], "Declaración firmada.")),
            ("encuentro", cultura, NuevaActividad("Encuentro de fin de año", date(2025, 12, 1), date(2026, 1, 20),
                                                  "en_curso", ciudades["Montevideo"])),
            ("festival", cultura, NuevaActividad("Festival de la red", date(2026, 5, 3), estado="prevista")),
            ("publicacion", cultura, NuevaActividad("Publicación de buenas prácticas", hasta=date(2026, 11, 30))),
            ("sin_fecha", cultura, NuevaActividad("Red de bibliotecas")),
            ("feria", turismo, NuevaActividad("Feria de turismo", date(2026, 3, 1), date(2026, 3, 5), "en_curso"))):
        ids[clave] = agregar_actividad(contexto, unidad, nueva)
    return contexto, cultura, ciudades, ids


def test_el_plan_de_un_anio_y_lo_atrasado(plan):
    contexto, cultura, _, ids = plan

    del_2026 = plan_del_anio(contexto, cultura, 2026, al=AL)
    assert [a["titulo"] for a in del_2026.actividades] == [
        "Encuentro de fin de año", "Festival de la red", "Publicación de buenas prácticas"]
    # El 1/7/2026 el encuentro (terminaba el 20/1) y el festival (de un día, el 3/5) siguen abiertos: atrasados. La
    # publicación vence en noviembre: todavía no.
    assert del_2026.atrasadas == {ids["encuentro"], ids["festival"]}
    assert del_2026.sin_fecha == 1 and del_2026.anios == [2025, 2026]
    assert [a["titulo"] for a in plan_del_anio(contexto, cultura, "2025", al=AL).actividades] == [
        "Seminario 2025", "Encuentro de fin de año"]
    entero = plan_del_anio(contexto, cultura, al=AL)
    assert len(entero.actividades) == 5 and entero.sin_fecha == 0
    with pytest.raises(ErrorValidacion, match="No se listó nada. Año"):
        plan_del_anio(contexto, cultura, "dos mil", al=AL)

    # Lo atrasado de toda la red, de la más vieja a la más nueva, con su unidad.
    assert [(a["unidad"], a["titulo"]) for a in actividades_atrasadas(contexto, AL)] == [
        ("UT Cultura", "Encuentro de fin de año"), ("UT Turismo", "Feria de turismo"),
        ("UT Cultura", "Festival de la red")]
    assert actividades_atrasadas(contexto, date(2025, 1, 1)) == []


def test_el_estado_avanza_en_su_orden_y_queda_guardado(plan, destino):
    contexto, cultura, _, ids = plan
    festival, sin_fecha = ids["festival"], ids["sin_fecha"]

    assert [hacia for hacia, _ in pasos_posibles("prevista")] == ["en_curso", "realizada", "cancelada"]
    assert pasos_posibles("realizada") == [("en_curso", "Reabrir")]
    assert cambiar_estado(contexto, festival, "en_curso") == "prevista"
    assert cambiar_estado(contexto, festival, "realizada", date(2026, 5, 4)) == "en_curso"
    with pytest.raises(ErrorEscritorio, match="está realizada: no pasa a cancelada. Desde ahí puede pasar a: en "
                                              "curso."):
        cambiar_estado(contexto, festival, "cancelada")
    with pytest.raises(ErrorEscritorio, match="ya está realizada"):
        cambiar_estado(contexto, festival, "realizada")
    # Una realizada por error se reabre.
    cambiar_estado(contexto, festival, "en_curso")
    cambiar_estado(contexto, festival, "cancelada")
    cambiar_estado(contexto, festival, "prevista")   # se retoma
    # Sin fechas, marcarla realizada pide cuándo fue; con una fecha anterior a su comienzo, no.
    with pytest.raises(ErrorValidacion, match="indique cuándo fue") as sin:
        cambiar_estado(contexto, sin_fecha, "realizada")
    assert set(sin.value.campos) == {"fecha"}
    with pytest.raises(ErrorValidacion, match="termina antes de empezar: empieza el 03/05/2026"):
        cambiar_estado(contexto, festival, "realizada", date(2026, 4, 1))
    with pytest.raises(ErrorValidacion, match="desconocido"):
        cambiar_estado(contexto, festival, "hecha")
    cambiar_estado(contexto, sin_fecha, "realizada", date(2026, 6, 30))

    otra = abrir_base(destino)   # cerrar y volver a abrir: lo guardado es lo que se ve
    try:
        relectura = Contexto(otra, contexto.asociacion_id)
        assert actividad_de(relectura, festival)["estado"] == "prevista"
        assert (actividad_de(relectura, sin_fecha)["estado"], actividad_de(relectura, sin_fecha)["hasta"]) == (
            "realizada", "2026-06-30")
    finally:
        otra.close()
    with pytest.raises(ErrorEscritorio, match="No existe la actividad 999"):
        cambiar_estado(contexto, 999, "en_curso")


def test_corregir_una_actividad(plan, db):
    contexto, cultura, ciudades, ids = plan
    festival = ids["festival"]
    leida = actividad_de(contexto, festival)

    editar_actividad(contexto, festival, NuevaActividad("Festival de la red 2026", date(2026, 5, 3), date(2026, 5, 5),
                                                        responsable_id=ciudades["Rosario"], resultado="Sede: Rosario."),
                     leida=leida)
    cambiada = actividad_de(contexto, festival)
    assert (cambiada["titulo"], cambiada["hasta"], cambiada["responsable"], cambiada["responsable_pais"],
            cambiada["estado"], cambiada["unidad"]) == ("Festival de la red 2026", "2026-05-05", "Rosario", "AR",
                                                        "prevista", "UT Cultura")
    # Quien tenía el formulario abierto con lo de antes no pisa lo que otro guardó.
    with pytest.raises(ErrorConflicto, match="otro programa") as conflicto:
        editar_actividad(contexto, festival, NuevaActividad("Otro título", date(2026, 5, 3)), leida=leida)
    assert {rotulo for rotulo, _, _ in conflicto.value.cambios} == {"Título", "Hasta", "Responsable", "Resultado"}
    # Cada problema con su campo, para marcar el formulario.
    with pytest.raises(ErrorValidacion) as mal:
        editar_actividad(contexto, festival, NuevaActividad(" ", date(2026, 5, 3), date(2026, 5, 1)))
    assert set(mal.value.campos) == {"titulo", "hasta"}
    with pytest.raises(ErrorValidacion, match="no pertenece a esta asociación") as ajeno:
        editar_actividad(contexto, festival, NuevaActividad("Festival", responsable_id=9999))
    assert set(ajeno.value.campos) == {"responsable"}
    # Una realizada no se queda sin fecha.
    with pytest.raises(ErrorValidacion, match="conserva su fecha"):
        editar_actividad(contexto, ids["seminario_2025"], NuevaActividad("Seminario 2025"))
    assert actividad_de(contexto, festival)["titulo"] == "Festival de la red 2026"


def test_el_informe_guarda_el_pdf_con_su_huella(plan, db, tmp_path):
    contexto, cultura, _, ids = plan
    seminario = ids["seminario_2025"]
    archivo = tmp_path / "informe del seminario.pdf"
    archivo.write_bytes(PDF)

    hecho = registrar_informe(contexto, seminario, "Participaron 40 ciudades.\nSe firmó la declaración.",
                              pdf=leer_pdf_del_informe(archivo))
    assert hecho.sha256 == hashlib.sha256(PDF).hexdigest()
    actividad = actividad_de(contexto, seminario)
    assert (actividad["resultado"], actividad["informe_nombre"], actividad["informe_sha256"]) == (
        "Participaron 40 ciudades.\nSe firmó la declaración.", "informe del seminario.pdf", hecho.sha256)

    # Otro PDF no borra el anterior: pasa a ser el vigente, y el resultado queda si no se lo cambia.
    segundo = registrar_informe(contexto, seminario, pdf=("corregido.pdf", OTRO_PDF), cambiar_resultado=False)
    lista = informes_de(contexto, seminario)
    assert [(i["nombre"], i["sha256"], i["bytes"]) for i in lista] == [
        ("informe del seminario.pdf", hecho.sha256, len(PDF)),
        ("corregido.pdf", hashlib.sha256(OTRO_PDF).hexdigest(), len(OTRO_PDF))]
    assert actividad_de(contexto, seminario)["informe_id"] == segundo.informe_id
    assert actividad_de(contexto, seminario)["resultado"].startswith("Participaron 40 ciudades.")

    # La copia es el PDF tal cual; un archivo existente no se pisa sin pedirlo.
    copia = tmp_path / "copia.pdf"
    assert guardar_copia_del_informe(contexto, seminario, copia) == hashlib.sha256(OTRO_PDF).hexdigest()
    assert copia.read_bytes() == OTRO_PDF
    with pytest.raises(ErrorEscritorio, match="Ya existe .*copia.pdf"):
        guardar_copia_del_informe(contexto, seminario, copia, informe_id=hecho.informe_id)
    assert copia.read_bytes() == OTRO_PDF
    guardar_copia_del_informe(contexto, seminario, copia, informe_id=hecho.informe_id, reemplazar=True)
    assert copia.read_bytes() == PDF

    # La bitácora anota el nombre y la huella (no el PDF entero).
    registros = [json.loads(d) for (d,) in db.execute(
        "SELECT datos FROM bitacora WHERE entidad = 'informes_actividad' ORDER BY id").fetchall()]
    assert [r[2:4] for r in registros] == [["informe del seminario.pdf", hecho.sha256],
                                           ["corregido.pdf", hashlib.sha256(OTRO_PDF).hexdigest()]]


def test_un_informe_no_se_cambia_ni_se_borra(plan, db):
    contexto, _, _, ids = plan
    registrar_informe(contexto, ids["seminario_2025"], pdf=("a.pdf", PDF), cambiar_resultado=False)
    for sentencia in ("UPDATE informes_actividad SET nombre = 'otro.pdf'", "DELETE FROM informes_actividad"):
        with pytest.raises(Exception, match="no se cambia ni se borra"):
            db.execute(sentencia)
        db.conn.rollback()
    assert contar(db, "informes_actividad") == 1


def test_lo_que_no_se_adjunta(plan, tmp_path):
    contexto, _, _, ids = plan
    texto = tmp_path / "informe.pdf"
    texto.write_text("no soy un PDF", encoding="utf-8")
    with pytest.raises(ErrorValidacion, match="no es un PDF") as no_pdf:
        leer_pdf_del_informe(texto)
    assert set(no_pdf.value.campos) == {"pdf"}
    with pytest.raises(ErrorValidacion, match="es una carpeta"):
        leer_pdf_del_informe(tmp_path)
    with pytest.raises(ErrorValidacion, match="No se pudo leer"):
        leer_pdf_del_informe(tmp_path / "no-existe.pdf")
    with pytest.raises(ErrorEscritorio, match="No hay nada que registrar"):
        registrar_informe(contexto, ids["festival"], cambiar_resultado=False)
    with pytest.raises(ErrorEscritorio, match="no tiene informe en PDF adjunto"):
        guardar_copia_del_informe(contexto, ids["festival"], tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.solo_sqlite("se altera el PDF guardado quitando el trigger, algo que solo se puede en el archivo")
def test_un_informe_alterado_por_fuera_no_se_copia(plan, db, tmp_path):
    contexto, _, _, ids = plan
    registrar_informe(contexto, ids["seminario_2025"], pdf=("a.pdf", PDF), cambiar_resultado=False)
    db.execute("DROP TRIGGER informes_actividad_solo_agregar_update")
    db.execute("UPDATE informes_actividad SET pdf = ?", [OTRO_PDF])
    db.conn.commit()
    with pytest.raises(ErrorEscritorio, match="ya no da su huella SHA-256 anotada"):
        guardar_copia_del_informe(contexto, ids["seminario_2025"], tmp_path / "alterado.pdf")
    assert not (tmp_path / "alterado.pdf").exists()
