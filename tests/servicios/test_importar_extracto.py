"""Importar los cobros de un extracto bancario (issue 47), en los dos motores: el plan (quién pagó y por qué, qué se
pregunta) sin escribir nada; después todos los pagos con sus recibos en una transacción, o ninguno; el mismo
archivo dos veces no registra nada dos veces (tampoco dos importaciones a la vez: la segunda decide dentro de su
transacción); el tipo de cambio, las asignaciones a mano y los recibos en una carpeta sin reemplazar nada."""

from datetime import date, timedelta

import pytest

from ayudas import contar
from escritorio.datos.conexion import transaccion
from escritorio.dominio.conciliacion import referencia_de_pago
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import definir_escala, escala_desde_texto
from escritorio.servicios.emision_de_cuotas import emitir
from escritorio.servicios.extractos import OpcionesDeExtracto, planear_extracto, replanear
from escritorio.servicios.miembros import eliminar_por_error
from escritorio.servicios.pagos import anular_pago, obtener_pago
from escritorio.servicios.registro_de_extractos import guardar_recibos, registrar_extracto
from extractos_de_prueba import Movimiento, banco_debito_credito

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores


def _alta(db, asociacion, nombre, poblacion, pais="UY", codigo=None) -> int:
    with transaccion(db):
        miembro = db.insertar("INSERT INTO miembros (asociacion_id, nombre, pais, codigo) VALUES (?, ?, ?, ?)",
                              [asociacion, nombre, pais, codigo])
        db.execute("INSERT INTO poblaciones (miembro_id, cifra, anio) VALUES (?, ?, 2020)", [miembro, poblacion])
        db.execute("INSERT INTO estados_miembro (miembro_id, estado, desde) VALUES (?, 'activo', '2000-01-01')",
                   [miembro])
    return miembro


@pytest.fixture
def red(db, asociacion_id):
    """La RML con sus cuotas 2025 y 2026 emitidas (USD): Montevideo debe 1.000 (500 + 500), Paysandú 200 (100 +
    100), Rosario 2.000, dos «San José» (el de Uruguay 1.000, el de la Argentina 2.000) y Salto, que nunca tuvo
    cargos."""
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala_desde_texto(date(2002, 1, 1), "USD", "0:100,100000:500,500000:1000"))
    ids = {"montevideo": _alta(db, asociacion_id, "Montevideo", 400_000),
           "paysandu": _alta(db, asociacion_id, "Paysandú", 76_000, codigo="UY-PAY-11"),
           "rosario": _alta(db, asociacion_id, "Municipalidad de Rosario", 900_000, "AR"),
           "san_jose_uy": _alta(db, asociacion_id, "San José", 150_000),
           "san_jose_ar": _alta(db, asociacion_id, "San José", 600_000, "AR")}
    emitir(contexto, 2025)
    emitir(contexto, 2026)
    ids["salto"] = _alta(db, asociacion_id, "Salto", 104_000)
    return contexto, ids


def _extracto(tmp_path, ids, nombre="extracto.csv", extra=()):
    return banco_debito_credito(tmp_path / nombre, [
        Movimiento(date(2026, 3, 2), f"TRANSF RECIBIDA {referencia_de_pago('RML', ids['montevideo'])}", "500.00", "101"),
        Movimiento(date(2026, 3, 3), "COMISION MANTENIMIENTO", "-12.50", "102"),
        Movimiento(date(2026, 3, 4), "TRANSF MUNICIPALIDAD DE ROSARIO CUOTA", "2000.00", "103"),
        Movimiento(date(2026, 3, 5), "PAGO COD UY-PAY-11", "100.00", "104"),
        Movimiento(date(2026, 3, 6), "TRANSF SAN JOSE", "2000.00", "105"),        # dos San José: el importe propone
        Movimiento(date(2026, 3, 9), "DEPOSITO EN EFECTIVO", "200.00", "106"),    # solo Paysandú debe 200
        Movimiento(date(2026, 3, 10), "INTERESES", "3.10", "107"),                # nadie
        *extra])


def _estados(plan):
    return {linea.fila: (linea.estado, linea.miembro_id) for linea in plan.lineas}


def test_el_plan_dice_cada_linea_y_por_que_sin_escribir_nada(db, red, tmp_path):
    contexto, ids = red
    antes = contar(db, "pagos"), contar(db, "bitacora")
    plan = planear_extracto(contexto, _extracto(tmp_path, ids), OpcionesDeExtracto(moneda="USD"))
    assert _estados(plan) == {
        7: ("segura", ids["montevideo"]), 8: ("debito", None), 9: ("segura", ids["rosario"]),
        10: ("segura", ids["paysandu"]), 11: ("dudosa", ids["san_jose_ar"]), 12: ("dudosa", ids["paysandu"]),
        13: ("dudosa", None)}
    por_fila = {linea.fila: linea for linea in plan.lineas}
    assert por_fila[7].motivo == f"referencia de pago {referencia_de_pago('RML', ids['montevideo'])}"
    assert por_fila[9].motivo == "el texto nombra a «Municipalidad de Rosario»"
    assert por_fila[10].motivo == "código oficial UY-PAY-11 en el texto"
    assert por_fila[11].motivo == ("el texto nombra a 2 miembros: San José (AR), San José (UY); solo San José debe "
                                   "exactamente USD 2.000,00")
    assert "Paysandú es el único miembro que debe exactamente USD 200,00" in por_fila[12].motivo
    # la previsión: lo que se imputará y lo que queda a favor, con las reglas de siempre
    assert (por_fila[7].imputado, por_fila[7].a_favor) == (50000, 0)
    assert plan.frase() == ("7 líneas: 3 pagos a registrar por USD 2.600,00 (3 reconocidos solos, 0 elegidos a mano); "
                            "3 dudosas por resolver; 1 débito ignorado.")
    assert (contar(db, "pagos"), contar(db, "bitacora")) == antes


def test_con_preguntas_sin_responder_no_se_registra_nada(db, red, tmp_path):
    contexto, ids = red
    plan = planear_extracto(contexto, _extracto(tmp_path, ids), OpcionesDeExtracto(moneda="USD"))
    with pytest.raises(ErrorValidacion) as error:
        registrar_extracto(contexto, plan)
    assert error.value.mensaje.startswith("No se registró nada: 3 líneas de extracto.csv esperan una respuesta.")
    assert "fila 13: ningún miembro reconocido en el texto" in error.value.mensaje
    assert contar(db, "pagos") == 0 and contar(db, "lineas_de_extracto") == 0


def test_respondidas_se_registra_todo_junto_con_sus_recibos(db, red, tmp_path):
    contexto, ids = red
    plan = planear_extracto(contexto, _extracto(tmp_path, ids), OpcionesDeExtracto(moneda="USD"),
                            {11: ids["san_jose_uy"], 12: ids["paysandu"], 13: None})
    assert _estados(plan)[11] == ("elegida", ids["san_jose_uy"]) and _estados(plan)[13] == ("omitida", None)
    resultado = registrar_extracto(contexto, plan)
    assert [(r.fila, r.miembro_id, r.pago.recibo) for r in resultado.registrados] == [
        (7, ids["montevideo"], "0001/2026"), (9, ids["rosario"], "0002/2026"), (10, ids["paysandu"], "0003/2026"),
        (11, ids["san_jose_uy"], "0004/2026"), (12, ids["paysandu"], "0005/2026")]
    assert resultado.resumen() == "Se registraron 5 pagos, con los recibos 0001/2026 a 0005/2026."
    # Paysandú pagó dos veces (100 por su código, 200 por el importe): la segunda ve lo que dejó la primera
    primero, segundo = (obtener_pago(contexto, r.pago.pago_id) for r in resultado.registrados[2:5:2])
    assert [i["importe"] for i in primero["imputaciones"]] == [10000]
    assert [i["importe"] for i in segundo["imputaciones"]] == [10000] and resultado.registrados[4].pago.a_favor == 10000
    assert (segundo["referencia"], segundo["medio"], segundo["fecha"]) == ("106", "deposito", "2026-03-09")
    guardadas = db.execute("SELECT fila, motivo, archivo, importe FROM lineas_de_extracto ORDER BY fila").fetchall()
    assert [tuple(f) for f in guardadas] == [(7, "referencia", "extracto.csv", 50000), (9, "nombre", "extracto.csv", 200000),
                                             (10, "codigo", "extracto.csv", 10000), (11, "a_mano", "extracto.csv", 200000),
                                             (12, "a_mano", "extracto.csv", 20000)]


def test_el_mismo_archivo_dos_veces_no_registra_nada_dos_veces(db, red, tmp_path):
    contexto, ids = red
    ruta = _extracto(tmp_path, ids)
    registrar_extracto(contexto, planear_extracto(contexto, ruta, OpcionesDeExtracto(moneda="USD")), omitir_dudosas=True)
    assert contar(db, "pagos") == 3
    otra_vez = planear_extracto(contexto, ruta, OpcionesDeExtracto(moneda="USD"))
    assert [linea.estado for linea in otra_vez.lineas] == ["ya_importada", "debito", "ya_importada", "ya_importada",
                                                           "dudosa", "dudosa", "dudosa"]
    assert otra_vez.lineas[0].motivo.startswith("ya importada el ") and otra_vez.lineas[0].recibo == "0001/2026"
    resultado = registrar_extracto(contexto, otra_vez, omitir_dudosas=True)
    assert resultado.registrados == [] and contar(db, "pagos") == 3
    # el extracto del mes siguiente repite las líneas del anterior y agrega una: solo esa es nueva (también en .xlsx)
    siguiente = _extracto(tmp_path, ids, "abril.csv", [Movimiento(date(2026, 4, 1), "TRANSF MONTEVIDEO", "500.00", "201")])
    plan = planear_extracto(contexto, siguiente, OpcionesDeExtracto(moneda="USD"), {11: None, 12: None, 13: None})
    assert [linea.fila for linea in plan.lineas if linea.a_registrar] == [14]
    assert len(registrar_extracto(contexto, plan).registrados) == 1 and contar(db, "pagos") == 4


def _como_lo_guarda_excel(origen, destino):
    """El extracto abierto en Excel y guardado otra vez como CSV: los importes y el saldo pierden los puntos de miles
    y los ceros decimales («10.500,00» -> «10500», «12,50» -> «12,5») y el número de comprobante sus ceros a la
    izquierda («000101» -> «101»)."""
    import csv
    import io
    from decimal import Decimal

    def numero(texto):
        if not texto:
            return texto
        valor = Decimal(texto.replace(".", "").replace(",", "."))
        return format(valor.normalize(), "f").replace(".", ",")

    filas = list(csv.reader(io.StringIO(origen.read_bytes().decode("cp1252")), delimiter=";"))
    encabezado = next(i for i, fila in enumerate(filas) if fila[:1] == ["Fecha"])
    for fila in filas[encabezado + 1:]:
        if len(fila) == 6:
            fila[2] = fila[2].lstrip("0") if fila[2].isdigit() else fila[2]
            fila[3:6] = [numero(v) for v in fila[3:6]]
    salida = io.StringIO()
    csv.writer(salida, delimiter=";", lineterminator="\r\n").writerows(filas)
    destino.write_bytes(salida.getvalue().encode("cp1252"))
    return destino


def test_el_mismo_extracto_guardado_de_nuevo_con_excel_no_registra_nada_dos_veces(db, red, tmp_path):
    """La tesorera abre el extracto en Excel, lo guarda y lo importa otra vez: es el mismo extracto (las mismas
    fechas, importes, textos, comprobantes y saldos, escritos de otra manera) y no registra ningún pago de nuevo.
    Antes el saldo «10.500,00» leído como «10500» y el comprobante «000101» como «101» cambiaban la huella de cada
    línea y todos los pagos se registraban dos veces."""
    contexto, ids = red
    ruta = _extracto(tmp_path, ids)
    registrar_extracto(contexto, planear_extracto(contexto, ruta, OpcionesDeExtracto(moneda="USD")), omitir_dudosas=True)
    assert contar(db, "pagos") == 3
    copia = _como_lo_guarda_excel(ruta, tmp_path / "extracto (Excel).csv")
    assert copia.read_bytes() != ruta.read_bytes()
    otra_vez = planear_extracto(contexto, copia, OpcionesDeExtracto(moneda="USD"))
    assert [linea.estado for linea in otra_vez.lineas] == ["ya_importada", "debito", "ya_importada", "ya_importada",
                                                           "dudosa", "dudosa", "dudosa"]
    assert registrar_extracto(contexto, otra_vez, omitir_dudosas=True).registrados == []
    assert contar(db, "pagos") == 3


def test_dos_importaciones_del_mismo_archivo_a_la_vez_registran_una_vez(db, red, tmp_path, destino):
    """Las dos armaron su plan antes de que ninguna registrara (dos ventanas, dos procesos): la segunda decide dentro
    de su transacción y no registra lo que la primera ya registró."""
    from escritorio.servicios.base import abrir_base

    contexto, ids = red
    ruta = _extracto(tmp_path, ids)
    otra = abrir_base(destino)
    try:
        otro_contexto = Contexto(otra, contexto.asociacion_id)
        plan_otro = planear_extracto(otro_contexto, ruta, OpcionesDeExtracto(moneda="USD"))
        plan = planear_extracto(contexto, ruta, OpcionesDeExtracto(moneda="USD"))
        primero = registrar_extracto(contexto, plan, omitir_dudosas=True)
        segundo = registrar_extracto(otro_contexto, plan_otro, omitir_dudosas=True)
    finally:
        otra.close()
    assert len(primero.registrados) == 3
    assert segundo.registrados == [] and segundo.ya_registradas == [7, 9, 10]
    assert "3 líneas ya las había registrado otra importación mientras tanto (filas 7, 9, 10)" in segundo.resumen()
    assert contar(db, "pagos") == 3 and contar(db, "lineas_de_extracto") == 3


def test_una_linea_que_falla_al_registrar_deja_todo_sin_registrar(db, red, tmp_path):
    """Entre el plan y el registro alguien eliminó (por error de carga) al miembro de una línea: ningún pago se
    registra, y el mensaje dice la fila."""
    contexto, ids = red
    ruta = _extracto(tmp_path, ids, extra=[Movimiento(date(2026, 3, 11), "TRANSF MUNICIPALIDAD DE SALTO", "100.00", "108")])
    plan = planear_extracto(contexto, ruta, OpcionesDeExtracto(moneda="USD"))
    assert _estados(plan)[14] == ("segura", ids["salto"])
    eliminar_por_error(db, ids["salto"])
    with pytest.raises(ErrorValidacion) as error:
        registrar_extracto(contexto, plan, omitir_dudosas=True)
    assert ("fila 14: el miembro Salto (UY) ya no está en la asociación (se eliminó mientras se revisaba el extracto)"
            in error.value.mensaje)
    assert contar(db, "pagos") == 0 and contar(db, "recibos") == 0 and contar(db, "lineas_de_extracto") == 0


def test_un_pago_con_fecha_futura_es_un_problema_de_su_fila(db, red, tmp_path):
    contexto, ids = red
    manana = date.today() + timedelta(days=1)
    ruta = _extracto(tmp_path, ids, extra=[Movimiento(manana, "TRANSF MONTEVIDEO", "500.00", "109")])
    plan = planear_extracto(contexto, ruta, OpcionesDeExtracto(moneda="USD"), {11: None, 12: None, 13: None})
    linea = plan.lineas[-1]
    assert linea.estado == "problema" and "La fecha del pago está en el futuro" in linea.motivo
    with pytest.raises(ErrorValidacion, match="1 líneas de extracto.csv esperan una respuesta"):
        registrar_extracto(contexto, plan)
    assert len(registrar_extracto(contexto, plan, omitir_dudosas=True).registrados) == 3


def test_un_pago_en_otra_moneda_pide_el_tipo_de_cambio(db, red, tmp_path):
    contexto, ids = red
    ruta = banco_debito_credito(tmp_path / "pesos.csv", [
        Movimiento(date(2026, 3, 2), "TRANSF MUNICIPALIDAD DE ROSARIO", "1400000.00", "1")])
    plan = planear_extracto(contexto, ruta, OpcionesDeExtracto(moneda="ARS"))
    assert plan.lineas[0].estado == "problema"
    assert plan.lineas[0].motivo == ("El pago es en ARS y los cargos en USD: indique el tipo de cambio (ARS por 1 USD). "
                                     "(indique el tipo de cambio: en la línea de órdenes, --tipo-cambio ARS/USD=X)")
    plan = replanear(contexto, plan, {}, OpcionesDeExtracto(moneda="ARS", tipos_de_cambio={("ARS", "USD"): "1400"}))
    assert (plan.lineas[0].estado, plan.lineas[0].imputado, plan.lineas[0].moneda_cargos) == ("segura", 100000, "USD")
    pago = obtener_pago(contexto, registrar_extracto(contexto, plan).registrados[0].pago.pago_id)
    assert (pago["importe"], pago["moneda"], pago["tipo_cambio"], pago["importe_imputable"]) == (
        140000000, "ARS", "1400", 100000)


def test_una_linea_cuyo_pago_se_anulo_se_puede_volver_a_importar(db, red, tmp_path):
    contexto, ids = red
    ruta = _extracto(tmp_path, ids)
    resultado = registrar_extracto(contexto, planear_extracto(contexto, ruta, OpcionesDeExtracto(moneda="USD")),
                                   omitir_dudosas=True)
    anular_pago(contexto, resultado.registrados[1].pago.pago_id, "Era de San José de Mayo, no de Rosario")
    plan = planear_extracto(contexto, ruta, OpcionesDeExtracto(moneda="USD"), {9: ids["san_jose_uy"]})
    linea = next(linea for linea in plan.lineas if linea.fila == 9)
    assert (linea.estado, linea.miembro_id) == ("elegida", ids["san_jose_uy"])
    assert linea.motivo == ("elegido a mano (se importó antes y su pago se anuló: se puede volver a registrar); debía "
                            "USD 1.000,00: USD 1.000,00 quedan a favor del miembro")
    assert [r.fila for r in registrar_extracto(contexto, plan, omitir_dudosas=True).registrados] == [9]
    assert contar(db, "lineas_de_extracto") == 4


def test_asignaciones_que_no_se_pueden_hacer(db, red, tmp_path):
    contexto, ids = red
    ruta = _extracto(tmp_path, ids)
    with pytest.raises(ErrorEscritorio) as error:
        planear_extracto(contexto, ruta, OpcionesDeExtracto(moneda="USD"), {8: ids["rosario"], 99: ids["rosario"],
                                                                            13: 999_999})
    assert error.value.mensaje == (
        "No se puede asignar:\n"
        "  - la fila 8 no se puede asignar: débito: no es un cobro\n"
        "  - no existe el miembro con id 999999 en esta asociación (fila 13); vea los ids con «escritorio miembros "
        "listar»\n"
        "  - la fila 99 no es una línea del extracto (las líneas van de la fila 7 a la 13)")


def test_los_recibos_van_a_una_carpeta_sin_reemplazar_nada(db, red, tmp_path):
    contexto, ids = red
    resultado = registrar_extracto(contexto, planear_extracto(contexto, _extracto(tmp_path, ids),
                                                              OpcionesDeExtracto(moneda="USD")), omitir_dudosas=True)
    carpeta = tmp_path / "recibos"
    carpeta.mkdir()
    (carpeta / "recibo-0001-2026.pdf").write_bytes(b"lo que ya estaba")
    rutas = guardar_recibos(contexto, [r.pago for r in resultado.registrados], carpeta)
    assert [r.name for r in rutas] == ["recibo-0001-2026 (2).pdf", "recibo-0002-2026.pdf", "recibo-0003-2026.pdf"]
    assert (carpeta / "recibo-0001-2026.pdf").read_bytes() == b"lo que ya estaba"
    assert all(r.read_bytes().startswith(b"%PDF") for r in rutas)


def test_la_referencia_de_una_carta_impresa_antes_de_cambiar_la_sigla_sigue_reconociendo_al_miembro(db, red, tmp_path):
    """El dígito verificador es del número del miembro: la carta que dice «RML-…» sigue valiendo después de que la
    asociación pasó a llamarse «RMU» (antes la transferencia quedaba sin miembro y había que elegirlo a mano); la
    referencia nueva también, y una sigla que la asociación nunca tuvo, no."""
    from escritorio.servicios.asociaciones import editar_asociacion

    contexto, ids = red
    editar_asociacion(contexto, sigla="RMU")
    extracto = banco_debito_credito(tmp_path / "despues.csv", [
        Movimiento(date(2026, 3, 2), f"TRANSF {referencia_de_pago('RML', ids['montevideo'])}", "500.00", "201"),
        Movimiento(date(2026, 3, 3), f"TRANSF {referencia_de_pago('RMU', ids['salto'])}", "100.00", "202"),
        Movimiento(date(2026, 3, 4), f"TRANSF {referencia_de_pago('XYZ', ids['rosario'])}", "7.00", "203")])
    plan = planear_extracto(contexto, extracto, OpcionesDeExtracto(moneda="USD"))
    assert _estados(plan) == {7: ("segura", ids["montevideo"]), 8: ("segura", ids["salto"]), 9: ("dudosa", None)}


def test_un_numero_de_operacion_igual_al_codigo_de_un_miembro_no_le_asigna_el_pago(db, red, tmp_path, asociacion_id):
    """La columna «Nro. Comprobante» trae el número de operación del banco: que coincida con el código IBGE de un
    miembro (siete cifras, como tantos números de operación) no dice que pagó ese miembro. Antes un depósito sin
    nombre con el comprobante 3550308 se registraba seguro a São Paulo; el código escrito en el concepto sigue
    reconociéndolo."""
    contexto, ids = red
    sao_paulo = _alta(db, asociacion_id, "São Paulo", 11_000_000, "BR", codigo="3550308")
    ruta = banco_debito_credito(tmp_path / "operaciones.csv", [
        Movimiento(date(2026, 3, 2), "DEPOSITO EN EFECTIVO", "150.00", "3550308"),
        Movimiento(date(2026, 3, 3), "TRANSF IBGE 3550308", "150.00", "0004417")])
    plan = planear_extracto(contexto, ruta, OpcionesDeExtracto(moneda="USD"))
    assert _estados(plan) == {7: ("dudosa", None), 8: ("segura", sao_paulo)}


def test_lo_importado_con_la_huella_de_antes_no_se_registra_otra_vez(db, red, tmp_path):
    """Una base que importó el extracto con la versión anterior guardó la huella de entonces (el saldo «10.500,00»
    tal como vino, los comprobantes con sus ceros): importarlo otra vez con esta versión no registra nada dos veces,
    ni al planear ni al registrar un plan armado antes."""
    from escritorio.dominio.huellas_de_extracto import huellas, huellas_anteriores

    contexto, ids = red
    ruta = _extracto(tmp_path, ids)
    plan = planear_extracto(contexto, ruta, OpcionesDeExtracto(moneda="USD"))
    lineas = [linea.linea for linea in plan.lineas]
    de_antes = dict(zip(huellas(lineas), huellas_anteriores(lineas)))
    assert all(nueva != vieja for nueva, vieja in de_antes.items())   # el saldo con miles cambia cada huella
    plan_de_otra_ventana = planear_extracto(contexto, ruta, OpcionesDeExtracto(moneda="USD"))
    registrar_extracto(contexto, plan, omitir_dudosas=True)
    with transaccion(db):   # como las dejó la versión anterior
        for nueva, vieja in de_antes.items():
            db.execute("UPDATE lineas_de_extracto SET huella = ? WHERE huella = ?", [vieja, nueva])
    assert contar(db, "pagos") == 3
    otra_vez = planear_extracto(contexto, ruta, OpcionesDeExtracto(moneda="USD"))
    assert [linea.estado for linea in otra_vez.lineas][:4] == ["ya_importada", "debito", "ya_importada",
                                                               "ya_importada"]
    assert registrar_extracto(contexto, otra_vez, omitir_dudosas=True).registrados == []
    segundo = registrar_extracto(contexto, plan_de_otra_ventana, omitir_dudosas=True)
    assert segundo.registrados == [] and segundo.ya_registradas == [7, 9, 10]
    assert contar(db, "pagos") == 3


def test_las_lineas_ya_importadas_se_buscan_por_las_huellas_del_archivo(db, red, tmp_path):
    """Cada importación busca solo las líneas de su archivo entre las ya importadas (por el índice de la huella), no
    todas las de la historia de la asociación (con diez años de extractos de 16.000 miembros eran 3,5 s y 200 MB por
    importación); lo de antes sigue reconocido: el mismo archivo otra vez no registra nada."""
    from escritorio.datos import extractos as tabla_extractos

    contexto, ids = red
    primero = planear_extracto(contexto, _extracto(tmp_path, ids), OpcionesDeExtracto(moneda="USD"),
                               {11: ids["san_jose_uy"], 12: ids["paysandu"], 13: None})
    registrar_extracto(contexto, primero)
    importadas = {linea.huella for linea in primero.lineas if linea.a_registrar}
    una = sorted(importadas)[0]
    assert set(tabla_extractos.lineas_registradas(db, contexto.asociacion_id, [una])) == {una}
    assert tabla_extractos.lineas_registradas(db, contexto.asociacion_id, ["otra"]) == {}
    assert set(tabla_extractos.lineas_registradas(db, contexto.asociacion_id, importadas)) == importadas
    otra_vez = planear_extracto(contexto, _extracto(tmp_path, ids, "otra-vez.csv"), OpcionesDeExtracto(moneda="USD"))
    assert {linea.fila for linea in otra_vez.lineas if linea.estado == "ya_importada"} == {7, 9, 10, 11, 12}
