"""El Consejo que describe el estatuto, leído como lo lee la secretaria de la red de ejemplo.

Semilla 001:796-800 y Estatuto de la demo, art. 13 (texto de 2019) y art. 15: el Consejo lo integran dos ciudades de
cada país miembro pleno y una de cada país asociado, elegidas por la Asamblea, y de oficio las ciudades de la
Comisión Directiva y la que ejerce la Secretaría Ejecutiva, que lo preside. Los cupos por país cuentan solo las
electas; la categoría de cada país se toma en la fecha de la composición. Quien está de baja en una fecha no integra
el Consejo aunque su mandato siga abierto; quien está suspendido se sienta sin voto (art. 9).
"""

from datetime import date

import pytest
from pypdf import PdfReader

from ayudas import DIA_DE_LA_DEMO
from escritorio.datos import miembros as tabla_miembros
from escritorio.datos.conexion import transaccion
from escritorio.servicios.asociaciones import categorias_al, fijar_categoria
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.estatutos import buscar_cita
from escritorio.servicios.informes_organos import exportar_composicion, imprimir_composicion
from escritorio.servicios.miembros import cambiar_estado
from escritorio.servicios.organos import composicion, elegir_organo, mandatos_de, troika_al
from escritorio.servicios.reglas_de_composicion import reglas_de
from escritorio.servicios.rotacion import preparar_traspaso, traspasar
from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, asistencia, registrar_asistencias
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.errores import ErrorEscritorio

HOY = DIA_DE_LA_DEMO


def consejo(db, a, al):
    contexto = Contexto(db, a)
    return composicion(contexto, elegir_organo(contexto, "Consejo")["id"], al)


def de_reglas(avisos):
    """Los avisos de las reglas de composición (no el recordatorio de una sesión atrasada)."""
    return [v for v in avisos if "sesión atrasada" not in v]


def electas_por_pais(comp) -> dict[str, int]:
    cuenta: dict[str, int] = {}
    for a in comp.asientos:
        if not a.solo_de_oficio:
            cuenta[a.pais] = cuenta.get(a.pais, 0) + 1
    return cuenta


def id_de(db, a, nombre) -> int:
    return db.execute("SELECT id FROM miembros WHERE asociacion_id = ? AND nombre = ?", [a, nombre]).fetchone()[0]


# --- el Consejo de la semilla ----------------------------------------------------------------------------------

def test_el_consejo_de_la_demo_es_el_de_la_semilla_y_no_da_avisos(demo_fechada_db, rcs):
    db, a = demo_fechada_db, rcs
    comp = consejo(db, a, HOY)
    contexto = Contexto(db, a)
    anterior, actual, siguiente = troika_al(contexto, HOY)

    # Dos electas por país pleno, una por asociado.
    esperado = {p: {"pleno": 2, "asociado": 1}[c] for p, c in categorias_al(contexto, HOY).items()}
    assert electas_por_pais(comp) == esperado
    # De oficio: la troika de la Comisión Directiva; la Secretaría Ejecutiva preside.
    de_oficio = {x.miembro_id: x.de_oficio for x in comp.asientos if x.de_oficio}
    assert de_oficio == {anterior: "Comisión Directiva", actual: "Secretaría Ejecutiva",
                         siguiente: "Comisión Directiva"}
    assert comp.preside.miembro_id == actual and comp.cargo_que_preside == "Secretaría Ejecutiva"
    [presidente] = [x for x in comp.asientos if x.cargo == "presidente"]
    assert presidente.miembro_id == actual and presidente.con_voto
    assert len(comp.asientos) == sum(esperado.values()) + 3
    # Sin avisos de composición: los de oficio no ocupan el cupo de su país.
    assert de_reglas(comp.avisos) == []
    # Las reglas citan su artículo y el artículo vigente lo dice.
    assert [(r.tipo, r.articulo) for r in reglas_de(db, elegir_organo(contexto, "Consejo")["id"])] == [
        ("por_categoria", "Estatuto, art. 13"), ("de_oficio", "Estatuto, art. 13"), ("presidencia", "Estatuto, art. 15")]
    texto = buscar_cita(contexto, "Estatuto, art. 13", HOY).texto
    assert "de oficio" in texto and "Comisión Directiva" in texto and "Secretaría Ejecutiva, que lo preside" in texto
    assert "de oficio" not in buscar_cita(contexto, "Estatuto, art. 13", date(2010, 1, 1)).texto


def test_una_ciudad_electa_que_ademas_es_de_oficio_es_un_solo_asiento_y_ocupa_su_cupo(demo_fechada_db, rcs):
    db, a = demo_fechada_db, rcs
    contexto = Contexto(db, a)
    consejo_id = elegir_organo(contexto, "Consejo")["id"]
    _, actual, _ = troika_al(contexto, HOY)
    pais = db.execute("SELECT pais FROM miembros WHERE id = ?", [actual]).fetchone()[0]
    # La Asamblea elige a la ciudad que ejerce la Secretaría Ejecutiva en lugar de una de su país.
    otra = next(x for x in consejo(db, a, HOY).asientos if x.pais == pais and not x.de_oficio)
    with transaccion(db):
        db.execute("UPDATE mandatos SET miembro_id = ? WHERE id = ?", [actual, otra.mandato_id])

    comp = composicion(contexto, consejo_id, HOY)

    propios = [x for x in comp.asientos if x.miembro_id == actual]
    assert len(propios) == 1 and propios[0].mandato_id == otra.mandato_id
    assert (propios[0].cargo, propios[0].de_oficio) == ("presidente", "Secretaría Ejecutiva")
    assert de_reglas(comp.avisos) == []
    assert len(comp.asientos) == len(consejo(db, a, HOY).asientos)


def test_al_traspasar_la_secretaria_cambian_los_de_oficio_y_la_presidencia_sin_tocar_mandatos(demo_fechada_db, rcs):
    db, a = demo_fechada_db, rcs
    contexto = Contexto(db, a)
    consejo_id = elegir_organo(contexto, "Consejo")["id"]
    antes = mandatos_de(contexto, consejo_id)
    saliente_troika = troika_al(contexto, HOY)
    traspaso = preparar_traspaso(contexto, date(2026, 9, 1))
    # El traspaso es de septiembre: el 23/11 ya rige la nueva troika. Llega antes de que la saliente cumpla su año
    # (Estatuto, art. 15): pide un motivo.
    assert traspaso.anticipo is not None
    traspasar(contexto, traspaso, motivo="Renuncia de la ciudad en ejercicio")

    comp = composicion(contexto, consejo_id, HOY)

    assert mandatos_de(contexto, consejo_id) == antes  # ningún mandato del Consejo se tocó
    assert comp.preside.miembro_id == traspaso.entrante
    de_oficio = {x.miembro_id: x.de_oficio for x in comp.asientos if x.de_oficio}
    assert de_oficio == {traspaso.troika[0]: "Comisión Directiva", traspaso.entrante: "Secretaría Ejecutiva",
                         traspaso.troika[2]: "Comisión Directiva"}
    # Quien ejercía la Secretaría hasta agosto sigue de oficio como anterior; la anterior de antes ya no está.
    assert saliente_troika[1] == traspaso.saliente and saliente_troika[0] not in de_oficio
    assert de_reglas(comp.avisos) == []
    # Antes del traspaso, el Consejo era el de siempre.
    assert consejo(db, a, date(2026, 8, 31)).preside.miembro_id == traspaso.saliente


# --- categorías de país con fecha --------------------------------------------------------------------------------

def test_una_composicion_pasada_se_juzga_con_la_categoria_de_entonces(demo_fechada_db, rcs):
    db, a = demo_fechada_db, rcs
    contexto = Contexto(db, a)
    cambio = fijar_categoria(contexto, "Venezuela", "asociado", date(2025, 8, 1),
                             "Asamblea General, Resolución 3/2025")

    assert (cambio.pais, cambio.actual) == ("VE", "asociado")
    assert categorias_al(contexto, date(2025, 7, 31))["VE"] == "pleno"
    assert categorias_al(contexto, date(2025, 8, 1))["VE"] == "asociado"
    # El Consejo de diciembre de 2024 tenía dos venezolanas y Venezuela era pleno: no hay aviso.
    diciembre_2024 = consejo(db, a, date(2024, 12, 15))
    assert electas_por_pais(diciembre_2024)["VE"] == 2
    assert de_reglas(diciembre_2024.avisos) == []
    # El mismo Consejo en 2026: Venezuela ya es asociado y admite una.
    assert de_reglas(consejo(db, a, date(2026, 6, 1)).avisos) == [
        "Consejo: Venezuela ocupa 2 puestos; el Estatuto, art. 13 admite 1."]
    # Cerrar y volver a abrir: la historia queda en la base.
    ruta = db.execute("PRAGMA database_list").fetchone()[2]
    otra = abrir_base(ruta)
    try:
        assert categorias_al(Contexto(otra, a), date(2024, 12, 15))["VE"] == "pleno"
        assert otra.execute("SELECT categoria FROM paises_asociacion WHERE asociacion_id = ? AND pais = 'VE'",
                            [a]).fetchone()[0] == "asociado"
    finally:
        otra.close()


def test_una_categoria_a_futuro_no_cambia_la_actual_hasta_su_dia(demo_fechada_db, rcs, monkeypatch):
    db, a = demo_fechada_db, rcs
    import escritorio.servicios.asociaciones as servicio

    monkeypatch.setattr(servicio, "fecha_de_hoy", lambda: HOY)
    contexto = Contexto(db, a)
    cambio = fijar_categoria(contexto, "CL", "pleno", date(2027, 1, 1), "Asamblea General, Resolución 9/2026")

    assert cambio.actual == "asociado"
    assert servicio.paises_de(contexto)["CL"] == "asociado"
    assert categorias_al(contexto, date(2027, 1, 1))["CL"] == "pleno"
    monkeypatch.setattr(servicio, "fecha_de_hoy", lambda: date(2027, 1, 2))
    assert servicio.paises_de(contexto)["CL"] == "pleno"


def test_una_categoria_desconocida_o_una_fecha_imposible_se_explican(demo_fechada_db, rcs):
    db, a = demo_fechada_db, rcs
    contexto = Contexto(db, a)
    with pytest.raises(ErrorEscritorio, match="Categoría: «socio» desconocida; use pleno, asociado, observador, retirado"):
        fijar_categoria(contexto, "VE", "socio", date(2025, 8, 1))
    with pytest.raises(ErrorEscritorio, match="No se cambió la categoría de Venezuela"):
        fijar_categoria(contexto, "VE", "asociado", date(1, 1, 1))
    assert categorias_al(contexto, HOY)["VE"] == "pleno"


# --- bajas y suspensiones ----------------------------------------------------------------------------------------

def dar_baja_sin_terminar_mandatos(db, miembro, fecha):
    """Una baja registrada por otro camino (una base de una versión anterior): el mandato quedó abierto."""
    with transaccion(db):
        db.execute(tabla_miembros.INSERTAR_ESTADO, [miembro, "baja", fecha.isoformat(), "Renuncia por nota"])


def test_quien_esta_de_baja_no_integra_el_consejo_ni_cuenta_para_el_quorum(demo_fechada_db, rcs):
    db, a = demo_fechada_db, rcs
    contexto = Contexto(db, a)
    consejo_id = elegir_organo(contexto, "Consejo")["id"]
    salto = id_de(db, a, "Salto")
    dar_baja_sin_terminar_mandatos(db, salto, date(2026, 6, 1))

    assert salto in {x.miembro_id for x in consejo(db, a, date(2026, 5, 31)).asientos}
    noviembre = consejo(db, a, date(2026, 11, 10))
    assert salto not in {x.miembro_id for x in noviembre.asientos}
    assert "Consejo: Uruguay tiene 1 de 2 puestos; falta 1 según el Estatuto, art. 13." in noviembre.avisos

    sesion = convocar(contexto, consejo_id, NuevaSesion(date(2026, 11, 10), lugar="Montevideo", convocada_el=date(2026,
                                                                                                                  10,
                                                                                                                  20)))
    lista = asistencia(contexto, sesion)
    assert salto not in {h.miembro_id for h in lista.habilitados}
    assert lista.quorum.base == sum(1 for x in noviembre.asientos if x.con_voto) == len(noviembre.asientos)
    with pytest.raises(ErrorEscritorio, match="no integra el órgano en la fecha de la sesión"):
        registrar_asistencias(contexto, sesion, [MarcaAsistencia(salto, "presente")])


def test_quien_esta_suspendido_se_sienta_sin_voto(demo_fechada_db, rcs):
    db, a = demo_fechada_db, rcs
    contexto = Contexto(db, a)
    consejo_id = elegir_organo(contexto, "Consejo")["id"]
    maracaibo = id_de(db, a, "Maracaibo")
    cambiar_estado(db, maracaibo, "suspendido", date(2026, 7, 1), "Resolución del Consejo 4/2026", a)

    comp = consejo(db, a, date(2026, 11, 10))
    [asiento] = [x for x in comp.asientos if x.miembro_id == maracaibo]
    assert (asiento.con_voto, asiento.motivo_sin_voto) == (False, "Miembro suspendido")
    sesion = convocar(contexto, consejo_id, NuevaSesion(date(2026, 11, 10), lugar="Montevideo", convocada_el=date(2026,
                                                                                                                  10,
                                                                                                                  20)))
    lista = asistencia(contexto, sesion)
    [habilitado] = [h for h in lista.habilitados if h.miembro_id == maracaibo]
    assert (habilitado.con_voto, habilitado.motivo_sin_voto) == (False, "Miembro suspendido")
    assert lista.quorum.base == len(comp.asientos) - 1


def texto_pdf(ruta) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(ruta).pages)


def test_el_pdf_de_composicion_cuenta_con_voto_en_su_fecha(demo_fechada_db, rcs, tmp_path):
    db, a = demo_fechada_db, rcs
    contexto = Contexto(db, a)
    consejo_id = elegir_organo(contexto, "Consejo")["id"]
    dar_baja_sin_terminar_mandatos(db, id_de(db, a, "Salto"), date(2026, 6, 1))
    cambiar_estado(db, id_de(db, a, "Maracaibo"), "suspendido", date(2026, 7, 1), "Resolución del Consejo 4/2026", a)
    _, actual, _ = troika_al(contexto, HOY)
    presidente = db.execute("SELECT nombre FROM miembros WHERE id = ?", [actual]).fetchone()[0]

    mayo, noviembre = tmp_path / "mayo.pdf", tmp_path / "noviembre.pdf"
    imprimir_composicion(contexto, consejo_id, mayo, date(2026, 5, 31))
    imprimir_composicion(contexto, consejo_id, noviembre, date(2026, 11, 10))

    assert "Integrantes 17 al 31/05/2026 (17 con voto)" in texto_pdf(mayo)
    texto = texto_pdf(noviembre)
    assert "Integrantes 16 al 10/11/2026 (15 con voto; voto suspendido: 1 miembro suspendido)" in texto
    assert "Salto" not in texto
    assert f"Preside {presidente} (Secretaría Ejecutiva)" in texto
    assert "de oficio (Secretaría Ejecutiva)" in texto and "No: suspendido" in texto

    planilla = tmp_path / "noviembre.xlsx"
    exportar_composicion(contexto, consejo_id, planilla, date(2026, 11, 10))
    from openpyxl import load_workbook

    filas = list(load_workbook(planilla)["Composición"].iter_rows(values_only=True))[1:]
    assert sum(1 for f in filas if f[5] == "Sí") == 15
    assert [f[6] for f in filas if f[5] == "No"] == ["Miembro suspendido"]

    # El organigrama no cuenta a la suspendida entre los miembros activos de la Asamblea.
    from escritorio.servicios.informes_organos import imprimir_organigrama

    asamblea = composicion(contexto, elegir_organo(contexto, "Asamblea General de Socios")["id"], date(2026, 11, 10))
    imprimir_organigrama(contexto, tmp_path / "organigrama.pdf", date(2026, 11, 10))
    assert f"{len(asamblea.asientos) - 1} miembros activos y 1 suspendido (sin voto)" in texto_pdf(
        tmp_path / "organigrama.pdf")


# --- una red chica: el voto suspendido por cuotas en el documento ------------------------------------------------

def test_el_documento_no_cuenta_con_voto_al_moroso_si_la_regla_del_organo_lo_suspende(db, asociacion_id, tmp_path):
    """Estatuto, art. 9: quien debe dos cuotas no vota en el Consejo. La composición impresa lo dice en su fecha; si
    la regla de sesión del órgano no suspende a los morosos, sigue contando con voto."""
    from escritorio.dominio.ficha import FichaMiembro
    from escritorio.dominio.sesiones import ReglaQuorum
    from escritorio.servicios.cuotas import definir_escala, escala_desde_texto, fijar_regla_de_voto
    from escritorio.servicios.emision_de_cuotas import emitir
    from escritorio.servicios.ficha import guardar_ficha
    from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
    from escritorio.servicios.pagos import NuevoPago, registrar_pago
    from escritorio.servicios.sesiones.reglas import fijar_regla_quorum

    contexto = Contexto(db, asociacion_id)
    ids = {n: guardar_ficha(contexto, FichaMiembro(nombre=n, pais=p, fecha_ingreso=date(2000, 1, 1)),
                            poblacion=(250_000, 2020, "Censo"))
           for n, p in [("Rosario", "AR"), ("Paraná", "AR"), ("Porto Alegre", "BR"), ("Curitiba", "BR"),
                        ("Salto", "UY")]}
    definir_escala(contexto, escala_desde_texto(date(2002, 1, 1), "USD", "0:100,100000:500"))
    fijar_regla_de_voto(contexto, 2, "Estatuto, art. 9")
    emitir(contexto, 2024)
    emitir(contexto, 2025)
    for nombre, miembro in ids.items():
        if nombre != "Salto":
            registrar_pago(contexto, NuevoPago(miembro, date(2025, 6, 1), "1000.00", "USD"))
    consejo_id = crear_organo(contexto, NuevoOrgano("Consejo", "consejo", articulo="Estatuto, art. 13"))
    for miembro in ids.values():
        designar(contexto, consejo_id, NuevoMandato("titular", date(2024, 12, 1), miembro_id=miembro))
    fijar_regla_quorum(contexto, consejo_id, ReglaQuorum(articulo="Estatuto, art. 19"))

    ruta = tmp_path / "consejo.pdf"
    imprimir_composicion(contexto, consejo_id, ruta, date(2026, 5, 20))
    texto = texto_pdf(ruta)
    assert "Integrantes 5 al 20/05/2026 (4 con voto; voto suspendido: 1 por cuotas impagas)" in texto
    assert "No: cuotas impagas" in texto
    # La lista de la sesión cuenta lo mismo: 4 con derecho a voto.
    sesion = convocar(contexto, consejo_id, NuevaSesion(date(2026, 5, 20), lugar="Rosario",
                                                        convocada_el=date(2026, 5, 1)))
    assert asistencia(contexto, sesion).quorum.base == 4

    # Si la regla del órgano no suspende a los morosos, Salto vota.
    fijar_regla_quorum(contexto, consejo_id, ReglaQuorum(articulo="Estatuto, art. 19"), suspende_morosos=False)
    imprimir_composicion(contexto, consejo_id, ruta, date(2026, 5, 20))
    assert "Integrantes 5 al 20/05/2026 (5 con voto)" in texto_pdf(ruta)


# --- la CLI ------------------------------------------------------------------------------------------------------

def test_la_cli_fija_la_categoria_de_un_pais_desde_una_fecha(cli, base_cli):
    salida = cli("asociacion", "pais", "UY", "--categoria", "pleno", "--desde", "2026-01-01", "--articulo",
                 "Asamblea General, Resolución 1/2026", db=base_cli)
    assert salida.returncode == 0, salida.stderr
    assert salida.stdout.strip() == ("Uruguay (UY) es país pleno de RML desde el 01/01/2026 "
                                     "(Asamblea General, Resolución 1/2026).")
    futura = cli("asociacion", "pais", "AR", "--categoria", "asociado", "--desde", "2030-01-01", db=base_cli)
    assert futura.returncode == 0, futura.stderr
    assert futura.stdout.splitlines() == ["Argentina (AR) es país asociado de RML desde el 01/01/2030.",
                                          "Todavía no rige: hoy es país pleno."]
    import json

    listado = json.loads(cli("asociacion", "listar", "--json", db=base_cli).stdout)
    assert listado[0]["paises"] == {"AR": "pleno", "UY": "pleno"}
    base = abrir_base(base_cli)
    try:
        a = listado[0]["id"]
        assert categorias_al(Contexto(base, a), date(2025, 12, 31)) == {"AR": "pleno", "UY": "asociado"}
        assert categorias_al(Contexto(base, a), date(2030, 1, 1)) == {"AR": "asociado", "UY": "pleno"}
    finally:
        base.close()

    mala = cli("asociacion", "pais", "UY", "--categoria", "socio", "--desde", "2026-01-01", db=base_cli)
    assert mala.returncode != 0 and "Traceback" not in mala.stderr
    assert "Categoría: «socio» desconocida; use pleno, asociado, observador, retirado" in mala.stderr


# --- una red chica armada con los servicios: reglas de oficio y presidencia --------------------------------------

def test_las_reglas_de_oficio_y_presidencia_se_cargan_con_los_servicios_y_se_explican(db, asociacion_id):
    from escritorio.dominio.ficha import FichaMiembro
    from escritorio.servicios.ficha import guardar_ficha
    from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
    from escritorio.servicios.reglas_de_composicion import agregar_regla

    contexto = Contexto(db, asociacion_id)
    ids = {n: guardar_ficha(contexto, FichaMiembro(nombre=n, pais=p, fecha_ingreso=date(2000, 1, 1)),
                            poblacion=(250_000, 2020, "Censo"))
           for n, p in [("Rosario", "AR"), ("Paraná", "AR"), ("Santa Fe", "AR"), ("Porto Alegre", "BR"),
                        ("Curitiba", "BR"), ("Salto", "UY")]}
    consejo_id = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    cd = crear_organo(contexto, NuevoOrgano("Comisión Directiva", "comision_directiva", padre_id=consejo_id))
    se = crear_organo(contexto, NuevoOrgano("Secretaría Ejecutiva", "secretaria_ejecutiva", padre_id=consejo_id))
    for nombre in ("Rosario", "Paraná", "Porto Alegre", "Curitiba", "Salto"):
        designar(contexto, consejo_id, NuevoMandato("titular", date(2024, 12, 1), miembro_id=ids[nombre]))
    for nombre in ("Santa Fe", "Rosario", "Curitiba"):
        designar(contexto, cd, NuevoMandato("titular", date(2025, 12, 1), miembro_id=ids[nombre]))
    designar(contexto, se, NuevoMandato("titular", date(2025, 12, 1), miembro_id=ids["Santa Fe"]))

    agregar_regla(contexto, consejo_id, "por_categoria", {"pleno": 2, "asociado": 1}, "Estatuto, art. 13")
    agregar_regla(contexto, consejo_id, "de_oficio", {"organos": ["comision_directiva", "secretaria_ejecutiva"]},
                  "Estatuto, art. 13", desde=date(2019, 12, 1))
    agregar_regla(contexto, consejo_id, "presidencia", {"organo": "secretaria_ejecutiva"}, "Estatuto, art. 15")

    comp = composicion(contexto, consejo_id, date(2026, 3, 1))
    # Santa Fe (AR) se sienta de oficio y preside; Argentina tiene ya sus dos electas y no hay aviso.
    assert [(x.miembro, x.cargo, x.de_oficio) for x in comp.asientos if x.de_oficio] == [
        ("Santa Fe", "presidente", "Secretaría Ejecutiva"), ("Rosario", "titular", "Comisión Directiva"),
        ("Curitiba", "titular", "Comisión Directiva")]
    assert len(comp.asientos) == 6 and comp.avisos == []
    assert reglas_de(db, consejo_id)[1].desde == date(2019, 12, 1)
    # Antes de que nadie ejerciera la Secretaría, no hay quién presida: se avisa.
    assert composicion(contexto, consejo_id, date(2025, 1, 1)).avisos == [
        "Consejo: nadie ejerce la Secretaría Ejecutiva en esa fecha y el Estatuto, art. 15 le da la presidencia; "
        "registre quién la ejerce."]

    with pytest.raises(ErrorEscritorio, match="nombra los tipos de órgano cuyos integrantes se sientan por su cargo"):
        agregar_regla(contexto, consejo_id, "de_oficio", {"organos": ["directiva"]})
    with pytest.raises(ErrorEscritorio, match="Consejo no puede sentarse de oficio en sí mismo"):
        agregar_regla(contexto, consejo_id, "de_oficio", {"organos": ["consejo"]})
    with pytest.raises(ErrorEscritorio, match="La regla de presidencia nombra el tipo de órgano cuyo titular preside"):
        agregar_regla(contexto, consejo_id, "presidencia", {})
    assert len(reglas_de(db, consejo_id)) == 3


def test_la_cli_agrega_las_reglas_del_consejo_y_explica_las_que_no_sirven(cli, base_cli):
    import json

    base = abrir_base(base_cli)
    try:
        from escritorio.servicios.organos import NuevoOrgano, crear_organo

        a = base.execute("SELECT id FROM asociaciones").fetchone()[0]
        consejo_id = crear_organo(Contexto(base, a), NuevoOrgano("Consejo", "consejo"))
        crear_organo(Contexto(base, a), NuevoOrgano("Secretaría Ejecutiva", "secretaria_ejecutiva",
                                                    padre_id=consejo_id))
    finally:
        base.close()

    ok = cli("organos", "regla-composicion", "Consejo", "por_categoria", "--pleno", "2", "--asociado", "1",
             "--articulo", "Estatuto, art. 13", db=base_cli)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.splitlines()[0] == ("Consejo: regla 1 «Puestos por categoría de país» (Estatuto, art. 13) agregada. "
                                         "Hoy: 0 integrantes, 2 avisos.")
    assert "AVISO: Consejo: Argentina tiene 0 de 2 puestos; faltan 2 según el Estatuto, art. 13." in ok.stdout
    preside = cli("organos", "regla-composicion", "Consejo", "presidencia", "--organo", "secretaria_ejecutiva",
                  "--articulo", "Estatuto, art. 15", db=base_cli)
    assert preside.returncode == 0, preside.stderr
    assert ("AVISO: Consejo: nadie ejerce la Secretaría Ejecutiva en esa fecha y el Estatuto, art. 15 le da la "
            "presidencia; registre quién la ejerce.") in preside.stdout

    mala = cli("organos", "regla-composicion", "Consejo", "de_oficio", "--organos", "directiva", db=base_cli)
    assert mala.returncode != 0 and "Traceback" not in mala.stderr
    assert "nombra los tipos de órgano cuyos integrantes se sientan por su cargo" in mala.stderr
    sin_cupos = cli("organos", "regla-composicion", "Consejo", "por_categoria", db=base_cli)
    assert sin_cupos.returncode != 0 and "--pleno 2 --asociado 1" in sin_cupos.stderr
    composicion_json = json.loads(cli("organos", "composicion", "Consejo", "--json", db=base_cli).stdout)
    assert len(composicion_json["avisos"]) == 3 and composicion_json["preside"] is None


def test_un_pais_que_ingresa_a_futuro_se_admite_en_el_padron_desde_ese_dia(db, asociacion_id, monkeypatch):
    """Paraguay ingresa el 01/03/2030: hasta ese día una ciudad paraguaya no se da de alta; ese día sí, sin que nadie
    toque nada más (la categoría actual se lee de la historia con fecha)."""
    import escritorio.datos.asociaciones as datos_asociaciones
    from escritorio.dominio.ficha import FichaMiembro
    from escritorio.servicios.ficha import guardar_ficha

    contexto = Contexto(db, asociacion_id)
    fijar_categoria(contexto, "PY", "pleno", date(2030, 3, 1), "Asamblea General, Resolución 1/2029")
    asuncion = FichaMiembro(nombre="Asunción", pais="PY", fecha_ingreso=date(2030, 3, 1))
    with pytest.raises(ErrorEscritorio, match="Paraguay"):
        guardar_ficha(contexto, asuncion, poblacion=(520_000, 2020, "Censo"), hoy=date(2030, 12, 31))

    class _Dia(date):
        @classmethod
        def today(cls):
            return date(2030, 3, 1)

    monkeypatch.setattr(datos_asociaciones, "date", _Dia)
    assert guardar_ficha(contexto, asuncion, poblacion=(520_000, 2020, "Censo"), hoy=date(2030, 3, 1)) > 0
