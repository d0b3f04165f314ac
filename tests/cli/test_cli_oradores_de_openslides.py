"""La lista de oradores de OpenSlides 4 (issue 82) por la línea de órdenes, en la red de ejemplo de un archivo y en la
subida al servidor: las categorías de las cuestiones de orden del Consejo («sala categoria|categorias»), la cola con
cada tipo en su grupo y la marca «primera vez», «oradores mover», la pausa («oradores pausar|reanudar»: «EN PAUSA»),
la pregunta intercalada que pone en pausa a quien habla y le devuelve la palabra («En pausa (le vuelve la palabra)»),
los tiempos nuevos de «sala reglas», el texto y --json, y todo congelado con el acta aprobada. Un rechazo sale con 1 y
su mensaje en castellano, sin traza; una orden mal escrita, con 2.

Los relojes son los de verdad (la línea de órdenes no recibe `ahora`): los segundos se comprueban con su forma, no su
valor; los valores exactos los prueban los servicios (tests/servicios/test_oradores_de_openslides.py)."""

import re

import pytest

from ayudas import en_json, hecho, sin_traza

# La sesión 4 de la red de ejemplo (tests/contenido_de_la_demo.py): el Consejo del 15/09/2026, acta en borrador, sin
# oradores; su punto 2 es el de votación. Presentes: Buenos Aires (1), Córdoba (2), Mar del Plata (7), São Paulo
# (70), Rio de Janeiro (71), Bogotá (178), Lima (212); Caracas (275), ausente.
SESION, PUNTO = "4", "4:2"
BUENOS_AIRES, CORDOBA, MAR_DEL_PLATA, SAO_PAULO, RIO, BOGOTA, LIMA, CARACAS = 1, 2, 7, 70, 71, 178, 212, 275


@pytest.fixture
def base(motor, request):
    return request.getfixturevalue("copia_de_la_demo" if motor == "sqlite" else "demo_en_el_servidor")


def rechazo(resultado, codigo: int = 1) -> str:
    """La orden rechazada con `codigo`, sin nada en la salida y sin traza: su mensaje en una línea."""
    assert resultado.returncode == codigo, (resultado.returncode, resultado.stdout, resultado.stderr)
    assert resultado.stdout == ""
    sin_traza(resultado)
    return " ".join(resultado.stderr.split())


def _ordenes(cli, base):
    def oradores(*argumentos):
        return cli("oradores", *argumentos, db=base)

    def sala(*argumentos):
        return cli("sala", *argumentos, db=base)

    return oradores, sala


def _pedir(oradores, miembro: int, *extra) -> dict:
    return en_json(oradores("pedir", "--punto", PUNTO, "--miembro", miembro, *extra, "--json"))


@pytest.mark.parametrize("motor", ["sqlite", "postgresql"])
def test_las_categorias_la_cola_por_grupos_y_mover(cli, base, motor):
    oradores, sala = _ordenes(cli, base)
    assert hecho(sala("categorias", "--organo", "Consejo")).stdout == (
        "«Consejo» no tiene categorías de cuestión de orden: todas van por orden de pedido.\n")
    assert hecho(sala("categoria", "--organo", "Consejo", "Moción de orden", "--rango", "1")).stdout == (
        "Categoría «Moción de orden» de las cuestiones de orden de «Consejo»: rango 1.\n")
    privilegio = en_json(sala("categoria", "--organo", "2", "Cuestión de privilegio", "--rango", "2", "--json"))
    assert {k: privilegio[k] for k in ("organo", "categoria", "rango")} == {
        "organo": "Consejo", "categoria": "Cuestión de privilegio", "rango": 2}
    assert hecho(sala("categorias", "--organo", "Consejo")).stdout == (
        "   1  Moción de orden\n   2  Cuestión de privilegio\n")

    assert hecho(oradores("pedir", "--punto", PUNTO, "--miembro", BUENOS_AIRES)).stdout == (
        f"Buenos Aires pidió la palabra (pedido {_ultimo(oradores)}): es 1.º en la cola.\n")
    assert "Tiene la palabra Buenos Aires: 3:00." in hecho(oradores("siguiente", "--punto", PUNTO)).stdout
    # Mientras Buenos Aires habla: una cuestión de privilegio (por su nombre, sin importar mayúsculas), una moción de
    # orden (pasa antes: rango 1), una pregunta a Buenos Aires, una intervención breve y dos intervenciones.
    salida = hecho(oradores("pedir", "--punto", PUNTO, "--miembro", CORDOBA, "--tipo", "cuestion_de_orden",
                            "--categoria", "cuestión de PRIVILEGIO")).stdout
    assert re.fullmatch(r"Córdoba pidió la palabra \(cuestión de orden: Cuestión de privilegio\) \(pedido \d+\): es "
                        r"1\.º en la cola\.\n", salida), salida
    assert "es 1.º en la cola" in hecho(oradores("pedir", "--punto", PUNTO, "--miembro", MAR_DEL_PLATA, "--tipo",
                                                 "cuestion_de_orden", "--categoria", "Moción de orden")).stdout
    bogota = _pedir(oradores, BOGOTA)
    lima = _pedir(oradores, LIMA, "--tipo", "en_contra")
    breve = _pedir(oradores, SAO_PAULO, "--tipo", "intervencion_breve")
    assert (breve["tipo"], breve["segundos_permitidos"], breve["categoria"], breve["primera_vez"]) == (
        "intervencion_breve", 60, None, True)
    salida = hecho(oradores("pedir", "--punto", PUNTO, "--miembro", RIO, "--tipo", "pregunta_intercalada")).stdout
    assert re.fullmatch(r"Rio de Janeiro pidió la palabra \(pregunta intercalada\) \(pedido \d+\): es 3\.º en la "
                        r"cola\.\n", salida), salida

    texto = hecho(oradores("listar", "--punto", PUNTO)).stdout
    esperan = texto[texto.index("En espera:"):]
    assert re.search(r"Habla: Buenos Aires, desde \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC; le quedan \d:\d\d\.", texto)
    assert [linea.split("[")[0].strip() for linea in esperan.splitlines()[1:7]] == [
        "1. Mar del Plata (cuestión de orden: Moción de orden; primera vez)",
        "2. Córdoba (cuestión de orden: Cuestión de privilegio; primera vez)",
        "3. Rio de Janeiro (pregunta intercalada; primera vez)",
        "4. São Paulo (intervención breve; primera vez)",
        "5. Bogotá (primera vez)",
        "6. Lima (en contra; primera vez)"]
    lista = en_json(oradores("listar", "--punto", PUNTO, "--json"))
    assert [(o["nombre"], o["tipo"], o["categoria"], o["segundos_permitidos"]) for o in lista["cola"]] == [
        ("Mar del Plata", "cuestion_de_orden", "Moción de orden", 60),
        ("Córdoba", "cuestion_de_orden", "Cuestión de privilegio", 60),
        ("Rio de Janeiro", "pregunta_intercalada", None, 30),
        ("São Paulo", "intervencion_breve", None, 60),
        ("Bogotá", "intervencion", None, 180), ("Lima", "en_contra", None, 180)]
    assert all(o["primera_vez"] and o["pausado_en"] is None and o["segundos_previos"] == 0 for o in lista["cola"])
    assert (lista["hablando"]["nombre"], lista["hablando"]["primera_vez"], lista["en_pausa"]) == (
        "Buenos Aires", False, None)

    # Otro rango reordena la cola: el privilegio pasa primero.
    hecho(sala("categoria", "--organo", "Consejo", "Moción de orden", "--rango", "3"))
    assert hecho(sala("categorias", "--organo", "Consejo")).stdout == (
        "   2  Cuestión de privilegio\n   3  Moción de orden\n")
    assert [o["nombre"] for o in en_json(oradores("listar", "--punto", PUNTO, "--json"))["cola"][:2]] == [
        "Córdoba", "Mar del Plata"]
    # Mover: Lima primera entre las intervenciones (la breve sigue antes); fuera del grupo, no.
    movida = hecho(oradores("mover", lima["id"], "--lugar", "1")).stdout
    assert movida.splitlines()[0] == "En espera:"
    assert [linea.split("[")[0].strip() for linea in movida.splitlines()[4:7]] == [
        "4. São Paulo (intervención breve; primera vez)", "5. Lima (en contra; primera vez)",
        "6. Bogotá (primera vez)"]
    assert [o["nombre"] for o in en_json(oradores("mover", bogota["id"], "--lugar", "1", "--json"))["cola"]][-2:] == [
        "Bogotá", "Lima"]
    assert rechazo(oradores("mover", lima["id"], "--lugar", "3")) == (
        "Lugar 3: entre quienes esperan como intervención hay 2 lugares (de 1 a 2).")
    assert rechazo(oradores("mover", breve["id"], "--lugar", "2")) == (
        "Lugar 2: entre quienes esperan como intervención breve hay 1 lugares (de 1 a 1).")
    assert rechazo(oradores("mover", "99999", "--lugar", "1")) == "No existe el pedido de la palabra 99999."
    # La categoría usada no se quita; la otra, sí (si ninguna cuestión la llevó).
    assert rechazo(sala("categoria", "--organo", "Consejo", "Moción de orden", "--quitar")) == (
        "La categoría «Moción de orden» ya la llevan 1 cuestiones de orden: no se quita (las listas dirían otra "
        "cosa). Puede cambiarle el rango.")
    hecho(sala("categoria", "--organo", "Consejo", "Réplica", "--rango", "50"))
    assert en_json(sala("categoria", "--organo", "Consejo", "réplica", "--quitar", "--json")) == {
        "organo": "Consejo", "categoria": "réplica", "quitada": True}
    assert [c["nombre"] for c in en_json(sala("categorias", "--organo", "Consejo", "--json"))] == [
        "Cuestión de privilegio", "Moción de orden"]
    assert [o["nombre"] for o in en_json(oradores("listar", "--punto", PUNTO, "--json"))["cola"]] == [
        "Córdoba", "Mar del Plata", "Rio de Janeiro", "São Paulo", "Bogotá", "Lima"]


def _ultimo(oradores) -> int:
    lista = en_json(oradores("listar", "--punto", PUNTO, "--json"))
    return max(o["id"] for o in lista["cola"] + lista["hablaron"] + ([lista["hablando"]] if lista["hablando"] else []))


@pytest.mark.parametrize("motor", ["sqlite", "postgresql"])
def test_la_pausa_y_la_pregunta_intercalada(cli, base, motor):
    oradores, _ = _ordenes(cli, base)
    assert rechazo(oradores("pausar", "--punto", PUNTO)).startswith("Nadie pidió la palabra en la lista del punto")
    _pedir(oradores, BUENOS_AIRES)
    _pedir(oradores, CORDOBA)
    assert "Una pregunta intercalada es a quien está hablando" in rechazo(
        oradores("pedir", "--punto", PUNTO, "--miembro", LIMA, "--tipo", "pregunta_intercalada"))
    assert "nadie habla ahora: no hay intervención que pausar" in rechazo(oradores("pausar", "--punto", PUNTO))
    hecho(oradores("siguiente", "--punto", PUNTO))

    pausa = hecho(oradores("pausar", "--punto", PUNTO)).stdout
    assert re.fullmatch(r"Intervención de Buenos Aires en pausa: lleva 0:\d\d de 3:00\.\n", pausa), pausa
    texto = hecho(oradores("listar", "--punto", PUNTO)).stdout
    assert re.search(r"Habla EN PAUSA: Buenos Aires, desde .* UTC; le quedan \d:\d\d\.", texto), texto
    lista = en_json(oradores("listar", "--punto", PUNTO, "--json"))
    assert lista["hablando"]["pausado_en"] is not None and lista["en_pausa"] is None
    assert rechazo(oradores("pausar", "--punto", PUNTO)) == "La intervención de Buenos Aires ya está en pausa."
    assert "nadie habla ahora" in rechazo(
        oradores("pedir", "--punto", PUNTO, "--miembro", LIMA, "--tipo", "pregunta_intercalada"))
    seguida = hecho(oradores("reanudar", "--punto", PUNTO)).stdout
    assert re.fullmatch(r"Buenos Aires sigue con la palabra: le quedan \d:\d\d\.\n", seguida), seguida
    assert rechazo(oradores("reanudar", "--punto", PUNTO)).startswith(
        "En la lista del punto «Plan de trabajo de las unidades temáticas para el año siguiente» no hay una "
        "intervención en pausa.")

    # La pregunta: a quien habla, no a sí mismo; al darle la palabra, Buenos Aires queda en pausa.
    assert rechazo(oradores("pedir", "--punto", PUNTO, "--miembro", BUENOS_AIRES, "--tipo",
                            "pregunta_intercalada")) == "Quien habla no se hace una pregunta intercalada a sí mismo."
    _pedir(oradores, MAR_DEL_PLATA, "--tipo", "pregunta_intercalada")
    assert hecho(oradores("siguiente", "--punto", PUNTO)).stdout == (
        "Tiene la palabra Mar del Plata (pregunta intercalada): 0:30.\n")
    texto = hecho(oradores("listar", "--punto", PUNTO)).stdout
    assert "Habla: Mar del Plata (pregunta intercalada), desde" in texto
    assert "En pausa (le vuelve la palabra): Buenos Aires." in texto
    lista = en_json(oradores("listar", "--punto", PUNTO, "--json"))
    assert (lista["hablando"]["nombre"], lista["en_pausa"]["nombre"]) == ("Mar del Plata", "Buenos Aires")
    assert lista["en_pausa"]["pausado_en"] is not None and lista["en_pausa"]["segundos_previos"] >= 0
    assert 0 <= lista["segundos_restantes"] <= 30
    assert rechazo(oradores("reanudar", "--punto", PUNTO)) == (
        "Mar del Plata está hablando (una pregunta intercalada): al terminar, la palabra vuelve sola a Buenos Aires.")
    assert "nadie habla ahora" in rechazo(
        oradores("pedir", "--punto", PUNTO, "--miembro", LIMA, "--tipo", "pregunta_intercalada"))
    terminada = hecho(oradores("terminar", "--punto", PUNTO)).stdout
    assert re.fullmatch(r"Mar del Plata terminó su intervención: habló 0:\d\d\.\nLa palabra vuelve a Buenos "
                        r"Aires\.\n", terminada), terminada
    lista = en_json(oradores("listar", "--punto", PUNTO, "--json"))
    assert (lista["hablando"]["nombre"], lista["hablando"]["pausado_en"], lista["en_pausa"]) == (
        "Buenos Aires", None, None)

    # Otra pregunta, que termina con «siguiente» con Córdoba esperando: la palabra vuelve a Buenos Aires.
    _pedir(oradores, LIMA, "--tipo", "pregunta_intercalada")
    assert en_json(oradores("siguiente", "--punto", PUNTO, "--json"))["nombre"] == "Lima"
    vuelve = hecho(oradores("siguiente", "--punto", PUNTO)).stdout
    assert re.fullmatch(r"La palabra vuelve a Buenos Aires: le quedan \d:\d\d\.\n", vuelve), vuelve
    # Quien preside la pausa y da la palabra a Córdoba: la intervención de Buenos Aires termina.
    hecho(oradores("pausar", "--punto", PUNTO))
    cordoba = en_json(oradores("siguiente", "--punto", PUNTO, "--json"))
    assert (cordoba["nombre"], cordoba["estado"], cordoba["pausado_en"]) == ("Córdoba", "hablando", None)
    lista = en_json(oradores("listar", "--punto", PUNTO, "--json"))
    assert [(o["nombre"], o["tipo"], o["pausado_en"]) for o in lista["hablaron"]] == [
        ("Buenos Aires", "intervencion", None), ("Mar del Plata", "pregunta_intercalada", None),
        ("Lima", "pregunta_intercalada", None)]
    assert all(o["segundos"] >= 0 for o in lista["hablaron"])
    sesion = hecho(oradores("listar", "--sesion", SESION)).stdout
    assert "Mar del Plata (pregunta intercalada): 0:" in sesion and "Córdoba: está hablando" in sesion


@pytest.mark.parametrize("motor", ["sqlite", "postgresql"])
def test_los_tiempos_nuevos_de_las_reglas_de_la_sala(cli, base, motor):
    oradores, sala = _ordenes(cli, base)
    fijadas = hecho(sala("reglas", "--organo", "Consejo", "--segundos-intervencion-breve", "90",
                         "--segundos-pregunta", "20")).stdout
    assert "90 s por intervención breve; 20 s por pregunta intercalada" in fijadas
    reglas = en_json(sala("reglas", "--organo", "Consejo", "--json"))
    assert (reglas["segundos_intervencion_breve"], reglas["segundos_pregunta"], reglas["segundos_palabra"]) == (
        90, 20, 180)
    _pedir(oradores, BUENOS_AIRES)
    hecho(oradores("siguiente", "--punto", PUNTO))
    assert _pedir(oradores, CORDOBA, "--tipo", "intervencion_breve")["segundos_permitidos"] == 90
    assert _pedir(oradores, LIMA, "--tipo", "pregunta_intercalada")["segundos_permitidos"] == 20
    assert hecho(oradores("siguiente", "--punto", PUNTO)).stdout == (
        "Tiene la palabra Lima (pregunta intercalada): 0:20.\n")
    # Fuera de 10 a 7200: 1, con el rango; nada cambia.
    assert "Tiempo de una pregunta intercalada: de 10 a 7200 segundos." in rechazo(
        sala("reglas", "--organo", "Consejo", "--segundos-pregunta", "9"))
    assert "Tiempo de una intervención breve: de 10 a 7200 segundos." in rechazo(
        sala("reglas", "--organo", "Consejo", "--segundos-intervencion-breve", "7201"))
    # Con un artículo, solo por reforma.
    hecho(sala("reglas", "--organo", "Consejo", "--articulo", "Reglamento, art. 12"))
    cambio = rechazo(sala("reglas", "--organo", "Consejo", "--segundos-pregunta", "45"))
    assert "las fija Reglamento, art. 12" in cambio and "cambia con una reforma de ese artículo" in cambio
    reglas = en_json(sala("reglas", "--organo", "Consejo", "--json"))
    assert (reglas["segundos_intervencion_breve"], reglas["segundos_pregunta"]) == (90, 20)


@pytest.mark.parametrize("motor", ["sqlite", "postgresql"])
def test_los_rechazos_y_las_ordenes_mal_escritas(cli, base, motor):
    oradores, sala = _ordenes(cli, base)
    hecho(sala("categoria", "--organo", "Consejo", "Moción de orden", "--rango", "1"))
    assert rechazo(oradores("pedir", "--punto", PUNTO, "--miembro", CORDOBA, "--categoria", "Moción de orden")) == (
        "Solo una cuestión de orden lleva categoría.")
    assert rechazo(oradores("pedir", "--punto", PUNTO, "--miembro", CORDOBA, "--tipo", "cuestion_de_orden",
                            "--categoria", "Réplica")) == (
        "El órgano no tiene la categoría de cuestión de orden «Réplica» (tiene: «Moción de orden»).")
    # La categoría de otro órgano (la Asamblea) no la lleva una cuestión de orden en el Consejo.
    hecho(sala("categoria", "--organo", "Asamblea General de Socios", "Cuestión de privilegio", "--rango", "1"))
    assert "no tiene la categoría de cuestión de orden «Cuestión de privilegio»" in rechazo(
        oradores("pedir", "--punto", PUNTO, "--miembro", CORDOBA, "--tipo", "cuestion_de_orden", "--categoria",
                 "Cuestión de privilegio"))
    assert "Caracas figura ausente en la asistencia de esta sesión" in rechazo(
        oradores("pedir", "--punto", PUNTO, "--miembro", CARACAS, "--tipo", "intervencion_breve"))
    for rango in ("0", "100"):
        fuera = rechazo(sala("categoria", "--organo", "Consejo", "Réplica", "--rango", rango))
        assert fuera.startswith("No se guardó la categoría de cuestión de orden:") and (
            "Rango: de 1 (pasa primero) a 99." in fuera), fuera
    assert "No hay ningún órgano «Comisión que no existe»" in rechazo(
        sala("categoria", "--organo", "Comisión que no existe", "Réplica", "--rango", "1"))
    assert rechazo(sala("categoria", "--organo", "Consejo", "Réplica", "--quitar")) == (
        "El órgano no tiene la categoría de cuestión de orden «Réplica» (tiene: «Moción de orden»).")
    assert rechazo(oradores("reanudar", "--punto", PUNTO)).startswith("Nadie pidió la palabra en la lista")
    assert rechazo(oradores("pausar", "--punto", "4:99")).startswith("La sesión 4 no tiene un punto 99.")
    assert [c["nombre"] for c in en_json(sala("categorias", "--organo", "Consejo", "--json"))] == ["Moción de orden"]
    assert en_json(oradores("listar", "--punto", PUNTO, "--json"))["cola"] == []

    # Mal escritas: 2, nada guardado.
    for argumentos in (("oradores", "pedir", "--punto", PUNTO, "--miembro", CORDOBA, "--tipo", "replica"),
                       ("oradores", "mover", "1"),                                    # sin --lugar
                       ("oradores", "mover", "1", "--lugar", "primero"),
                       ("oradores", "mover", "1", "--lugar", "0"),
                       ("oradores", "mover", "--lugar", "1"),                         # sin el pedido
                       ("oradores", "pausar"),                                        # sin --punto
                       ("oradores", "reanudar", "--punto", "cuatro"),
                       ("sala", "categoria", "--organo", "Consejo", "Réplica"),       # ni --rango ni --quitar
                       ("sala", "categoria", "--organo", "Consejo", "Réplica", "--rango", "1", "--quitar"),
                       ("sala", "categoria", "--organo", "Consejo", "Réplica", "--rango", "uno"),
                       ("sala", "categoria", "Réplica", "--rango", "1"),              # sin --organo
                       ("sala", "categorias"),
                       ("sala", "reglas", "--organo", "Consejo", "--segundos-pregunta", "treinta"),
                       ("sala", "reglas", "--organo", "Consejo", "--segundos-intervencion-breve", "-5")):
        assert "Use «escritorio" in rechazo(cli(*argumentos, db=base), 2), argumentos
    assert [c["nombre"] for c in en_json(sala("categorias", "--organo", "Consejo", "--json"))] == ["Moción de orden"]
    assert en_json(oradores("listar", "--punto", PUNTO, "--json"))["cola"] == []


@pytest.mark.parametrize("motor", ["sqlite", "postgresql"])
def test_con_el_acta_aprobada_la_lista_no_cambia(cli, base, motor):
    oradores, sala = _ordenes(cli, base)
    hecho(sala("categoria", "--organo", "Consejo", "Moción de orden", "--rango", "1"))
    _pedir(oradores, BUENOS_AIRES)
    hecho(oradores("siguiente", "--punto", PUNTO))
    breve = _pedir(oradores, CORDOBA, "--tipo", "intervencion_breve")
    _pedir(oradores, LIMA, "--tipo", "intervencion_breve")
    hecho(oradores("pausar", "--punto", PUNTO))
    punto = en_json(cli("sesiones", "punto-aprobacion-acta", SESION, "--json", db=base))
    presentes = en_json(cli("sesiones", "asistencia", SESION, "--json", db=base))["quorum"]["presentes"]
    hecho(cli("sesiones", "votar", punto["id"], "--a-favor", presentes, db=base))
    resolucion = en_json(cli("sesiones", "resolucion", punto["id"], "--titulo", "Aprueba el acta", "--json", db=base))
    hecho(cli("sesiones", "aprobar-acta", SESION, "--resolucion", resolucion["id"], "--fecha", "2026-09-15", db=base))
    antes = en_json(oradores("listar", "--punto", PUNTO, "--json"))

    for argumentos in (("reanudar", "--punto", PUNTO), ("pausar", "--punto", PUNTO),
                       ("mover", breve["id"], "--lugar", "2"), ("siguiente", "--punto", PUNTO),
                       ("terminar", "--punto", PUNTO),
                       ("pedir", "--punto", PUNTO, "--miembro", SAO_PAULO, "--tipo", "cuestion_de_orden",
                        "--categoria", "Moción de orden"),
                       ("pedir", "--punto", PUNTO, "--miembro", SAO_PAULO, "--tipo", "intervencion_breve")):
        assert "El acta de esta sesión ya está aprobada" in rechazo(oradores(*argumentos)), argumentos
    despues = en_json(oradores("listar", "--punto", PUNTO, "--json"))
    despues.pop("segundos_restantes"), antes.pop("segundos_restantes")
    assert despues == antes and despues["hablando"]["pausado_en"] is not None
    texto = hecho(oradores("listar", "--punto", PUNTO)).stdout
    assert "Habla EN PAUSA: Buenos Aires" in texto
