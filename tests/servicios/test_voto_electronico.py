"""El voto electrónico en la sala (issue 85) por sus servicios, en los dos motores: lo que la secretaría, la
presidencia y cada delegación notan.

- Cada delegación presente con voto recibe un código; quien porta un poder, también el de la delegación que
  representa; quien llega tarde, cuando se marca su asistencia.
- Una urna por cosa votada, una abierta por sesión; un voto por delegación, que se cambia con su comprobante hasta
  que la urna se cierra.
- Al cerrar, el resultado es el mismo que el de un recuento a mano de las mismas boletas (mismo registro, misma
  frase del resultado).
- Un código de otra sesión, anulado o de una sesión que terminó, o una urna cerrada: rechazados con su motivo.
"""

import json
from datetime import date

import pytest

from ayudas import hoy_fijo
from escritorio.dominio.enmiendas import Cambio
from escritorio.errores import ErrorEscritorio
from escritorio.servicios import enmiendas, mociones
from escritorio.servicios import voto_electronico as voto
from escritorio.servicios.elecciones import NuevaEleccion, agregar_candidatura, definir_eleccion, obtener_eleccion
from escritorio.servicios.organos import NuevoOrgano, crear_organo
from escritorio.servicios.recuento_de_eleccion import Recuento, cerrar_eleccion
from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, marcar_celebrada, registrar_asistencias
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.puntos import agregar_punto
from escritorio.servicios.votaciones import NuevaVotacion, votar
from escritorio.servicios.votaciones_sala import votar_mocion
from mociones_de_prueba import PRESENTES, TEXTO, armar_sala

pytestmark = pytest.mark.ambos_motores


@pytest.fixture
def sala(db, asociacion_id, monkeypatch):
    hoy_fijo(monkeypatch, date(2026, 11, 28))
    return armar_sala(db, asociacion_id)


def _codigos(sala) -> dict[str, str]:
    return {c.delegacion: c.codigo for c in voto.entregar_codigos(sala.contexto, sala.sesion)}


def _admitida(sala, titulo: str) -> int:
    m = mociones.presentar(sala.contexto, sala.punto, titulo, TEXTO, autores=[sala.ids["Santa Fe"]],
                           recibida_el=date(2026, 11, 20)).id
    mociones.admitir(sala.contexto, m)
    return m


def _sin_fecha(votacion) -> tuple:
    return (votacion.metodo, votacion.a_favor, votacion.en_contra, votacion.abstenciones, votacion.presentes,
            votacion.con_derecho, votacion.aprobada, votacion.texto_resultado)


def test_nominal_de_una_mocion_igual_que_a_mano_y_el_voto_se_cambia_con_el_comprobante(sala):
    codigos = _codigos(sala)
    assert sorted(codigos) == sorted(PRESENTES) and all(len(c) == 11 and c[5] == "-" for c in codigos.values())
    urna = voto.abrir_urna(sala.contexto, sala.sesion, "mocion", sala.mocion, secreta=False)
    papeleta = voto.urna_abierta(sala.contexto.db, sala.sesion)
    assert (papeleta.urna_id, papeleta.secreta, papeleta.titulo) == (urna, False, "Moción 1: Declaración de Rosario "
                                                                                  "sobre el clima")
    assert [o.clave for o in papeleta.opciones] == ["a_favor", "en_contra", "abstencion"]
    db = sala.contexto.db
    sentidos = {"Rosario": "a_favor", "Paraná": "a_favor", "Santa Fe": "en_contra", "Córdoba": "abstencion",
                "Montevideo": "en_contra"}
    comprobantes = {n: voto.depositar(db, codigos[n], urna, s) for n, s in sentidos.items()}
    assert voto.cuantos_votaron(db, urna) == (5, 5)
    with pytest.raises(ErrorEscritorio, match="ya votó en esta urna: para cambiar el voto, escriba el comprobante"):
        voto.depositar(db, codigos["Montevideo"], urna, "a_favor")
    with pytest.raises(ErrorEscritorio, match="no es el de un voto de su delegación"):
        voto.depositar(db, codigos["Montevideo"], urna, "a_favor", comprobantes["Rosario"].codigo)
    cambiado = voto.depositar(db, codigos["Montevideo"], urna, "a_favor", comprobantes["Montevideo"].codigo.lower())
    assert cambiado.huella_corta == comprobantes["Montevideo"].huella_corta
    # Otra sala a mano, con las mismas boletas: la misma votación en el registro.
    otra = _admitida(sala, "Presupuesto participativo")
    ids = sala.ids
    a_mano = votar_mocion(sala.contexto, otra, NuevaVotacion(metodo="nominal", nominales={
        ids["Rosario"]: "a_favor", ids["Paraná"]: "a_favor", ids["Santa Fe"]: "en_contra",
        ids["Córdoba"]: "abstencion", ids["Montevideo"]: "a_favor"}))
    electronica = voto.cerrar_urna(sala.contexto, urna)
    assert _sin_fecha(electronica) == _sin_fecha(a_mano) and electronica.aprobada
    assert voto.urna_abierta(db, sala.sesion) is None
    for objeto_id in (sala.mocion, otra):   # la votada por la urna y la votada a mano
        with pytest.raises(ErrorEscritorio, match="Eso ya se votó: la votación cerrada no se repite"):
            voto.abrir_urna(sala.contexto, sala.sesion, "mocion", objeto_id, secreta=True)
    with pytest.raises(ErrorEscritorio, match=f"La urna {urna} ya se cerró: el voto no se registró"):
        voto.depositar(db, codigos["Rosario"], urna, "a_favor", comprobantes["Rosario"].codigo)


def test_secreta_de_un_punto_con_poder_y_llegada_tarde_igual_que_a_mano(sala):
    c, ids, db = sala.contexto, sala.ids, sala.contexto.db
    # Salto da su poder a Rosario (presente) con peso 2; Paysandú llega tarde.
    registrar_asistencias(c, sala.sesion, [MarcaAsistencia(ids["Salto"], "ausente", poder_a=ids["Rosario"], peso=2)])
    with pytest.raises(ErrorEscritorio, match="Paysandú no está marcada presente en la sesión: marque su asistencia"):
        voto.entregar_codigo(c, sala.sesion, ids["Paysandú"])
    entregados = voto.entregar_codigos(c, sala.sesion)
    salto = next(e for e in entregados if e.delegacion == "Salto")
    assert (salto.portador, len(entregados)) == ("Rosario", 6)
    registrar_asistencias(c, sala.sesion, [MarcaAsistencia(ids["Paysandú"], "presente")])
    codigos = {e.delegacion: e.codigo for e in entregados}
    codigos["Paysandú"] = voto.entregar_codigo(c, sala.sesion, ids["Paysandú"]).codigo
    assert voto.entregar_codigos(c, sala.sesion) == []   # ya tienen todos
    punto = agregar_punto(c, sala.sesion, "Informe de la tesorería", "votacion")
    urna = voto.abrir_urna(c, sala.sesion, "punto", punto, secreta=True)
    with pytest.raises(ErrorEscritorio, match=f"Ya hay una urna abierta en esta sesión \\(urna {urna}: Informe"):
        voto.abrir_urna(c, sala.sesion, "mocion", sala.mocion, secreta=True)
    sentidos = {"Rosario": "a_favor", "Salto": "a_favor", "Paraná": "en_contra", "Santa Fe": "a_favor",
                "Córdoba": "abstencion", "Montevideo": "en_contra", "Paysandú": "en_contra"}
    dados = {n: voto.depositar(db, codigos[n], urna, [s]) for n, s in sentidos.items()}
    voto.depositar(db, codigos["Paysandú"], urna, "a_favor", dados["Paysandú"].codigo)  # cambia de idea
    assert voto.cuantos_votaron(db, urna) == (7, 7)
    electronica = voto.cerrar_urna(c, urna)
    # A mano, las mismas boletas: a favor Rosario, Salto (peso 2), Santa Fe, Paysandú; en contra Paraná, Montevideo.
    otro = agregar_punto(c, sala.sesion, "Informe de la secretaría", "votacion")
    a_mano = votar(c, otro, NuevaVotacion(metodo="secreta", a_favor=5, en_contra=2, abstenciones=1))
    campos = ("metodo", "a_favor", "en_contra", "abstenciones", "presentes", "con_derecho", "aprobada",
              "texto_resultado")
    assert [electronica[k] for k in campos] == [a_mano[k] for k in campos]
    assert (electronica["a_favor"], electronica["presentes"]) == (5, 8)


def test_enmienda_secreta_y_la_votacion_que_el_servicio_rechaza_deja_la_urna_abierta(sala):
    c, ids, db = sala.contexto, sala.ids, sala.contexto.db
    enmienda = enmiendas.presentar(c, sala.mocion, [Cambio("suprimir", 2)], [ids["Córdoba"]])
    enmiendas.admitir(c, enmienda.id)
    codigos = _codigos(sala)
    # La moción no se vota antes que su enmienda: cerrar rechaza con el mensaje de siempre y la urna sigue abierta.
    urna = voto.abrir_urna(c, sala.sesion, "mocion", sala.mocion, secreta=True)
    voto.depositar(db, codigos["Rosario"], urna, "a_favor")
    with pytest.raises(ErrorEscritorio, match="Falta votar la enmienda 1"):
        voto.cerrar_urna(c, urna)
    assert voto.urna_abierta(db, sala.sesion).urna_id == urna and voto.cuantos_votaron(db, urna) == (1, 5)
    # La presidencia la descarta: sus votos se borran sin contarse y la sesión abre la de la enmienda.
    voto.descartar_urna(c, urna)
    assert voto.urna_abierta(db, sala.sesion) is None and voto.cuantos_votaron(db, urna)[0] == 0
    with pytest.raises(ErrorEscritorio, match=f"La urna {urna} ya está cerrada"):
        voto.cerrar_urna(c, urna)
    de_la_enmienda = voto.abrir_urna(c, sala.sesion, "enmienda", enmienda.id, secreta=True)
    assert voto.papeleta(db, de_la_enmienda).titulo == "Enmienda 1 a la Moción 1"
    for nombre, sentido in (("Rosario", "a_favor"), ("Paraná", "a_favor"), ("Córdoba", "en_contra")):
        voto.depositar(db, codigos[nombre], de_la_enmienda, sentido)
    votada = voto.cerrar_urna(c, de_la_enmienda)
    assert (votada.enmienda_id, votada.metodo, votada.a_favor, votada.en_contra, votada.aprobada) == \
        (enmienda.id, "secreta", 2, 1, True)


def test_eleccion_secreta_con_varias_marcas_por_boleta_igual_que_a_mano(sala):
    c, ids, db = sala.contexto, sala.ids, sala.contexto.db
    comite = crear_organo(c, NuevoOrgano("Comité Ejecutivo", "consejo", articulo="Estatuto, art. 20"))

    def eleccion(titulo: str) -> tuple[int, list[int]]:
        punto = agregar_punto(c, sala.sesion, titulo, "eleccion")
        definir_eleccion(c, punto, NuevaEleccion(comite, "titular", date(2027, 1, 1), puestos=2, boleta="marcas",
                                                 marcas_max=2))
        return punto, [agregar_candidatura(c, punto, ids[n]) for n in ("Rosario", "Paraná", "Córdoba")]

    punto, (rosario, parana, cordoba) = eleccion("Elección del Comité")
    with pytest.raises(ErrorEscritorio, match="varias marcas por boleta se vota en secreto"):
        voto.abrir_urna(c, sala.sesion, "eleccion", punto, secreta=False)
    urna = voto.abrir_urna(c, sala.sesion, "eleccion", punto, secreta=True)
    papeleta = voto.papeleta(db, urna)
    assert (papeleta.marcas_min, papeleta.marcas_max) == (1, 2)
    assert [o.rotulo for o in papeleta.opciones][:3] == ["Rosario", "Paraná", "Córdoba"]
    codigos = _codigos(sala)
    boletas = {"Rosario": [str(rosario), str(parana)], "Paraná": [str(parana)], "Santa Fe": [str(cordoba), str(rosario)],
               "Córdoba": "blanco", "Montevideo": [str(rosario)]}
    with pytest.raises(ErrorEscritorio, match="Marque de 1 a 2 candidaturas \\(marcó 3\\)"):
        voto.depositar(db, codigos["Rosario"], urna, [str(rosario), str(parana), str(cordoba)])
    for nombre, boleta in boletas.items():
        voto.depositar(db, codigos[nombre], urna, boleta)
    electronica = voto.cerrar_urna(c, urna)
    otro, (r2, p2, c2) = eleccion("Elección del Comité (a mano)")
    a_mano = cerrar_eleccion(c, otro, Recuento(metodo="secreta", por_boleta=[
        [r2, p2], [p2], [c2, r2], "blanco", [r2]]))
    assert electronica.texto_resultado == a_mano.texto_resultado and "Rosario, 3 marcas" in a_mano.texto_resultado
    assert ([x["votos"] for x in electronica.candidaturas], electronica.boletas, electronica.blancos) == \
        ([x["votos"] for x in a_mano.candidaturas], a_mano.boletas, a_mano.blancos) == ([3, 2, 1], 5, 1)
    assert obtener_eleccion(c, punto).estado == "cerrada"


def test_eleccion_de_un_voto_por_boleta_nominal_y_secreta_con_pesos_igual_que_a_mano(sala):
    c, ids, db = sala.contexto, sala.ids, sala.contexto.db
    comite = crear_organo(c, NuevoOrgano("Comité Ejecutivo", "consejo", articulo="Estatuto, art. 20"))
    registrar_asistencias(c, sala.sesion, [MarcaAsistencia(ids["Córdoba"], "presente", peso=3)])

    def eleccion(titulo: str) -> tuple[int, int, int]:
        punto = agregar_punto(c, sala.sesion, titulo, "eleccion")
        definir_eleccion(c, punto, NuevaEleccion(comite, "presidente", date(2027, 1, 1)))
        return punto, agregar_candidatura(c, punto, ids["Rosario"]), agregar_candidatura(c, punto, ids["Paraná"])

    codigos = _codigos(sala)
    boletas = {"Rosario": "r", "Paraná": "p", "Santa Fe": "p", "Córdoba": "r", "Montevideo": "blanco"}
    for secreta in (False, True):
        punto, rosario, parana = eleccion(f"Presidencia ({'secreta' if secreta else 'nominal'})")
        urna = voto.abrir_urna(c, sala.sesion, "eleccion", punto, secreta=secreta)
        papeleta = voto.papeleta(db, urna)
        assert [o.clave for o in papeleta.opciones] == [str(rosario), str(parana), "blanco", "abstencion"]
        de = {"r": str(rosario), "p": str(parana), "blanco": "blanco"}
        for nombre, boleta in boletas.items():
            voto.depositar(db, codigos[nombre], urna, de[boleta])
        electronica = voto.cerrar_urna(c, urna)
        a_mano_punto, r2, p2 = eleccion(f"Presidencia a mano ({secreta})")
        de_mano = {"r": r2, "p": p2, "blanco": "blanco"}
        recuento = (Recuento(metodo="secreta", votos={r2: 4, p2: 2}, blancos=1) if secreta else
                    Recuento(metodo="nominal", nominales={ids[n]: de_mano[b] for n, b in boletas.items()}))
        a_mano = cerrar_eleccion(c, a_mano_punto, recuento)
        assert [x["votos"] for x in electronica.candidaturas] == [x["votos"] for x in a_mano.candidaturas] == [4, 2]
        assert (electronica.metodo, electronica.blancos, electronica.texto_resultado) == \
            (a_mano.metodo, a_mano.blancos, a_mano.texto_resultado)
        assert electronica.ganadora["id"] == rosario


def test_codigos_muertos_anulado_de_otra_sesion_y_de_una_sesion_que_termino(sala):
    c, ids, db = sala.contexto, sala.ids, sala.contexto.db
    codigos = _codigos(sala)
    nuevo = voto.entregar_codigo(c, sala.sesion, ids["Rosario"]).codigo
    urna = voto.abrir_urna(c, sala.sesion, "mocion", sala.mocion, secreta=True)
    with pytest.raises(ErrorEscritorio, match="fue anulado: la secretaría entregó otro a su delegación"):
        voto.depositar(db, codigos["Rosario"], urna, "a_favor")
    assert voto.identificar(db, nuevo).delegacion == "Rosario"
    with pytest.raises(ErrorEscritorio, match="Ese código de votación no existe"):
        voto.identificar(db, "AAAAA-BBBBB")
    with pytest.raises(ErrorEscritorio, match="tiene 10 letras y cifras"):
        voto.identificar(db, "hola")
    # Otra sesión del mismo órgano, con sus códigos: no votan en esta urna.
    otra = convocar(c, _organo(sala), NuevaSesion(fecha=date(2026, 12, 20), hora="10:00", lugar="Salto", convocada_el=date(2026, 11, 1)))
    registrar_asistencias(c, otra, [MarcaAsistencia(ids["Rosario"], "presente")])
    de_la_otra = voto.entregar_codigo(c, otra, ids["Rosario"]).codigo
    with pytest.raises(ErrorEscritorio, match="Ese código es de otra sesión"):
        voto.depositar(db, de_la_otra, urna, "a_favor")
    # La sesión termina: sus códigos mueren, también el que no se usó.
    marcar_celebrada(c, sala.sesion, "13:00")
    with pytest.raises(ErrorEscritorio, match="La sesión de ese código terminó"):
        voto.depositar(db, codigos["Paraná"], urna, "a_favor")
    with pytest.raises(ErrorEscritorio, match="terminó: ya no se entregan códigos"):
        voto.entregar_codigo(c, sala.sesion, ids["Paraná"])


def _organo(sala) -> int:
    from escritorio.servicios.sesiones import sesion_de_la_asociacion

    return sesion_de_la_asociacion(sala.contexto, sala.sesion)["organo_id"]


def _tablas(db) -> list[str]:
    if db.dialecto == "sqlite":
        sql = "SELECT name AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
    else:
        sql = "SELECT table_name AS n FROM information_schema.tables WHERE table_schema = 'public'"
    return sorted(f["n"] for f in db.query(sql))


def _en_su_orden_fisico(db, tabla: str, columnas: str) -> list[tuple]:
    orden = "rowid" if db.dialecto == "sqlite" else "ctid"
    return [tuple(f.values()) for f in db.query(f"SELECT {columnas} FROM {tabla} ORDER BY {orden}")]


def test_tras_una_secreta_cerrada_nada_en_la_base_liga_quien_voto_con_lo_que_voto(sala, monkeypatch):
    """Vuelca todas las tablas y la bitácora después de cerrar una secreta: ningún dato (id del código, miembro,
    huella del código, orden de las filas, horas) empareja una participación con una papeleta."""
    from escritorio.dominio.voto_electronico import huella_del_comprobante, nuevo_comprobante
    from escritorio.servicios.voto_electronico import urnas

    c, db = sala.contexto, sala.contexto.db
    # Los comprobantes salen en orden DEcreciente de su huella y se vota en orden decreciente de código: sin sacudir
    # la urna, el orden de las filas coincidiría con el del voto.
    hechos = sorted((nuevo_comprobante() for _ in range(5)), key=huella_del_comprobante)
    monkeypatch.setattr(urnas, "nuevo_comprobante", hechos.pop)
    entregados = voto.entregar_codigos(c, sala.sesion)
    urna = voto.abrir_urna(c, sala.sesion, "mocion", sala.mocion, secreta=True)
    sentidos = ["a_favor", "en_contra", "a_favor", "abstencion", "a_favor"]
    dados = [voto.depositar(db, e.codigo, urna, s) for e, s in zip(reversed(entregados), sentidos)]
    voto.cerrar_urna(c, urna)

    papeletas = _en_su_orden_fisico(db, "papeletas", "urna_id, comprobante, contenido, peso")
    participaciones = _en_su_orden_fisico(db, "participaciones", "urna_id, codigo_id")
    assert [p[1] for p in papeletas] == sorted(p[1] for p in papeletas) == sorted(
        huella_del_comprobante(d.codigo) for d in dados)
    assert [p[1] for p in participaciones] == sorted(p[1] for p in participaciones) and len(participaciones) == 5
    # Las papeletas no tienen más columnas que estas (ni id, ni hora, ni código, ni miembro).
    assert list(next(db.query("SELECT * FROM papeletas")).keys()) == ["urna_id", "comprobante", "contenido", "peso"]
    assert list(next(db.query("SELECT * FROM participaciones")).keys()) == ["urna_id", "codigo_id"]
    # Ninguna otra tabla (ni la bitácora) nombra un comprobante, ni entero ni corto.
    huellas = {p[1] for p in papeletas}
    for tabla in _tablas(db):
        if tabla == "papeletas":
            continue
        volcado = " ".join(str(v) for fila in db.query(f"SELECT * FROM {tabla}") for v in fila.values())
        assert not any(h in volcado or h[:16] in volcado for h in huellas), tabla
    # La bitácora anota la urna (apertura y cierre con la cuenta), nunca una participación ni una papeleta.
    entidades = {f["entidad"] for f in db.query("SELECT entidad FROM bitacora")}
    assert not entidades & {"papeletas", "participaciones", "votos_nominales"} and "urnas" in entidades
    cierre = [f["datos"] for f in db.query("SELECT datos FROM bitacora WHERE entidad = 'urnas' ORDER BY id")]
    assert len(cierre) == 2 and json.loads(cierre[1])["despues"][-2:] == [0, 5]   # cerrada, 5 participantes


def test_el_sitio_publicado_lista_las_huellas_de_los_comprobantes_contados(sala, tmp_path):
    """Quien votó busca la huella corta de su comprobante en la página de la sesión: en la secreta, sin lo que votó;
    en la nominal, con su sentido (el acta ya lo dice)."""
    from escritorio.servicios.publicacion import publicar

    c, db = sala.contexto, sala.contexto.db
    codigos = _codigos(sala)
    punto = agregar_punto(c, sala.sesion, "Informe de la tesorería", "votacion")
    secreta = voto.abrir_urna(c, sala.sesion, "punto", punto, secreta=True)
    en_secreto = [voto.depositar(db, codigos[n], secreta, "a_favor") for n in ("Rosario", "Paraná", "Córdoba")]
    voto.cerrar_urna(c, secreta)
    nominal = voto.abrir_urna(c, sala.sesion, "mocion", sala.mocion, secreta=False)
    de_santa_fe = voto.depositar(db, codigos["Santa Fe"], nominal, "en_contra")
    voto.depositar(db, codigos["Rosario"], nominal, "a_favor")
    voto.cerrar_urna(c, nominal)
    # Una urna abierta no se publica.
    otro = agregar_punto(c, sala.sesion, "Varios", "votacion")
    abierta = voto.abrir_urna(c, sala.sesion, "punto", otro, secreta=True)
    sin_contar = voto.depositar(db, codigos["Montevideo"], abierta, "a_favor")
    publicar(c, tmp_path / "sitio", incluir=frozenset({"sin_aprobar"}))
    pagina = (tmp_path / "sitio" / "sesiones" / f"{sala.sesion}.html").read_text(encoding="utf-8")
    assert "Comprobantes del voto electrónico" in pagina and "la lista no dice quién votó qué" in pagina
    assert all(d.huella_corta in pagina and d.codigo not in pagina for d in en_secreto)
    assert f"{de_santa_fe.huella_corta}: En contra" in pagina
    assert sin_contar.huella_corta not in pagina


def test_dos_pedidos_a_la_vez_con_el_mismo_codigo_cuentan_un_solo_voto(sala, destino):
    """El servidor de la sala recibe dos veces el mismo voto (dos pestañas, un reintento) mientras otro proceso
    escribe: el segundo decide con la base tomada, ve la participación del primero y se rechaza."""
    import threading
    import time

    from escritorio.datos.conexion import transaccion
    from escritorio.servicios.base import abrir_base

    c, db = sala.contexto, sala.contexto.db
    codigo = voto.entregar_codigo(c, sala.sesion, sala.ids["Rosario"]).codigo
    urna = voto.abrir_urna(c, sala.sesion, "mocion", sala.mocion, secreta=True)
    otro_proceso = abrir_base(destino)
    resultado = {}

    def este_pedido():
        try:
            resultado["voto"] = voto.depositar(db, codigo, urna, "en_contra")
        except ErrorEscritorio as error:
            resultado["error"] = error.mensaje

    try:
        with transaccion(otro_proceso):   # el otro pedido tiene la base y vota primero
            hilo = threading.Thread(target=este_pedido)
            hilo.start()
            time.sleep(0.5)   # este pedido ya llegó y espera la base
            primero = voto.depositar(otro_proceso, codigo, urna, "a_favor")
        hilo.join(timeout=30)
    finally:
        otro_proceso.close()
    assert "voto" not in resultado and "ya votó en esta urna" in resultado["error"]
    assert voto.cuantos_votaron(db, urna)[0] == 1
    assert primero.huella_corta


@pytest.mark.solo_sqlite("el archivo de SQLite y su diario, byte por byte")
def test_en_el_archivo_no_quedan_copias_viejas_de_las_papeletas(sala, ruta_db):
    """Después de sacudir la urna, el archivo de la base y su diario tienen cada comprobante solo donde la base lo
    guarda hoy (la fila de la papeleta y su índice): lo borrado se sobrescribió y el diario se vació."""
    from escritorio.dominio.voto_electronico import huella_del_comprobante

    c, db = sala.contexto, sala.contexto.db
    db.execute("PRAGMA secure_delete = OFF")   # como en un SQLite compilado sin él (este lo trae encendido)
    urna = voto.abrir_urna(c, sala.sesion, "mocion", sala.mocion, secreta=True)
    dados = [voto.depositar(db, e.codigo, urna, "a_favor") for e in voto.entregar_codigos(c, sala.sesion)]
    voto.cerrar_urna(c, urna)
    crudo = ruta_db.read_bytes() + (ruta_db.parent / (ruta_db.name + "-wal")).read_bytes()
    assert {crudo.count(huella_del_comprobante(d.codigo).encode()) for d in dados} == {2}


def test_la_pantalla_de_la_sala_muestra_cuantos_votaron_mientras_la_urna_esta_abierta(sala):
    """El proyector (`lo_que_ve_la_sala`) ve crecer «Votaron N de M» mientras la sala vota desde los teléfonos, en el
    idioma de los documentos; nunca qué eligió nadie. Sin urna abierta, nada; un recuento a mano en curso manda."""
    from types import SimpleNamespace

    from escritorio.servicios.pantalla_de_la_sala import lo_que_ve_la_sala

    def proyectado(votacion=None) -> str | None:
        foco = SimpleNamespace(sesion_id=sala.sesion, punto_id=None, mocion_id=None, enmienda_id=None,
                               votacion=votacion)
        return lo_que_ve_la_sala(sala.contexto, foco).votacion_en_curso

    codigos = _codigos(sala)
    assert proyectado() is None
    urna = voto.abrir_urna(sala.contexto, sala.sesion, "mocion", sala.mocion, secreta=True)
    assert proyectado() == "Votación electrónica (secreta): votaron 0 de 5"
    voto.depositar(sala.contexto.db, codigos["Rosario"], urna, "en_contra")
    voto.depositar(sala.contexto.db, codigos["Paraná"], urna, "a_favor")
    assert proyectado() == "Votación electrónica (secreta): votaron 2 de 5"
    assert proyectado("A favor: 3 · En contra: 1 · Abstenciones: 0").startswith("A favor: 3")
    from escritorio.servicios.asociaciones import editar_asociacion

    editar_asociacion(sala.contexto, idioma_documentos="pt")
    assert proyectado() == "Votação eletrônica (secreta): votaram 2 de 5"
    voto.cerrar_urna(sala.contexto, urna)
    assert proyectado() is None


def test_quienes_votaron_en_una_nominal_dice_que_eligio_cada_una_y_en_una_secreta_nunca(sala):
    """`participacion` (la ventana, «voto estado --quienes»): en una nominal, cada delegación con su voto; en una
    secreta, solo quiénes votaron; y quiénes faltan, por nombre."""
    from escritorio.servicios.voto_electronico.participacion import VotoALaVista, participacion

    codigos, db = _codigos(sala), sala.contexto.db
    nominal = voto.abrir_urna(sala.contexto, sala.sesion, "mocion", sala.mocion, secreta=False)
    voto.depositar(db, codigos["Rosario"], nominal, "en_contra")
    voto.depositar(db, codigos["Paraná"], nominal, "a_favor")
    vista = participacion(db, nominal)
    assert not vista.secreta
    assert vista.votaron == (VotoALaVista("Paraná", "A favor"), VotoALaVista("Rosario", "En contra"))
    assert sorted(vista.faltan) == sorted(set(codigos) - {"Rosario", "Paraná"})
    voto.descartar_urna(sala.contexto, nominal)
    secreta = voto.abrir_urna(sala.contexto, sala.sesion, "mocion", sala.mocion, secreta=True)
    voto.depositar(db, codigos["Santa Fe"], secreta, "a_favor")
    vista = participacion(db, secreta)
    assert vista.secreta and vista.votaron == (VotoALaVista("Santa Fe", None),)
    assert "Santa Fe" not in vista.faltan and len(vista.faltan) == len(codigos) - 1
