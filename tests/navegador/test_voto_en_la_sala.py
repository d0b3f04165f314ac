"""El voto en la sala de punta a punta (issue 85): 30 teléfonos simulados (30 contextos de Chromium, en paralelo con
asyncio) votan por la página del servidor de voto de verdad (TLS, en 127.0.0.1) en una sesión armada con los
servicios: una enmienda en secreto, la moción en nominal y una elección secreta de varias marcas por boleta. Quien
porta un poder vota dos veces (una por delegación, desde el mismo teléfono); quien llega tarde entra cuando su
asistencia está marcada; un formulario reenviado (replay) y un código robado se rechazan. Cada voto cuenta una sola
vez, y el resultado es el mismo que el de un recuento a mano de las mismas boletas en otra base armada igual."""

import asyncio

import pytest

from ayudas import hoy_fijo
from escritorio.servicios import voto_electronico as voto
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.recuento_de_eleccion import Recuento, cerrar_eleccion
from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, registrar_asistencias
from escritorio.servicios.votaciones import NuevaVotacion
from escritorio.servicios.votaciones_sala import votar_enmienda, votar_mocion
from navegador.conftest import CHROMIUM
from sala_de_voto import CON_PODER, DELEGACIONES, HOY, PORTADORA, PRESENTES, TARDE, Sala, armar

pytestmark = pytest.mark.navegador

IDIOMAS = ("es-AR", "pt-BR", "en-GB")


# Lo que vota cada delegación (por su lugar en DELEGACIONES): la enmienda, la moción y la boleta de la elección.
def sentido_de_la_enmienda(k: int) -> str:
    return ("a_favor", "en_contra", "a_favor", "abstencion")[k % 4]


def sentido_de_la_mocion(k: int) -> str:
    return ("a_favor", "a_favor", "en_contra")[k % 3]


def boleta(k: int, candidaturas: list[int]) -> list[str]:
    uno, dos, tres = (str(x) for x in candidaturas)
    return ([uno, dos], [dos], [tres, uno], ["blanco"], [uno])[k % 5]


class Telefono:
    """Un teléfono de la sala: su contexto de Chromium (sus cookies) y una pestaña."""

    def __init__(self, contexto, pagina, url: str):
        self.contexto, self.pagina, self.url = contexto, pagina, url

    async def entrar(self, codigo: str) -> str:
        await self.pagina.goto(self.url + "?otro_codigo=1")
        await self.pagina.fill("#codigo", codigo)
        async with self.pagina.expect_navigation():
            await self.pagina.click("button[type=submit]")
        return await self.pagina.content()

    async def votar(self, marcas: list[str]) -> dict:
        """Marca y vota; devuelve los campos del formulario enviado (para reenviarlo) y el comprobante mostrado."""
        await self.pagina.goto(self.url)
        enviado = {n: await self.pagina.get_attribute(f"form[action='/votar'] input[name={n}]", "value")
                   for n in ("testigo", "idioma", "urna")}
        for marca in marcas:
            await self.pagina.check(f"input[name=eleccion][value='{marca}']")
        async with self.pagina.expect_navigation():
            await self.pagina.click("form[action='/votar'] button[type=submit]")
        assert await self.pagina.locator(".registrado").count() == 1, await self.pagina.content()
        enviado["comprobante_mostrado"] = await self.pagina.locator(".registrado code").first.inner_text()
        return enviado


async def _votan(telefonos_y_marcas) -> list[dict]:
    return await asyncio.gather(*(t.votar(m) for t, m in telefonos_y_marcas))


def _sin_fecha(v) -> tuple:
    return (v.metodo, v.a_favor, v.en_contra, v.abstenciones, v.presentes, v.con_derecho, v.aprobada,
            v.texto_resultado)


def test_treinta_telefonos_votan_y_el_resultado_es_el_de_un_recuento_a_mano(db, ruta_db, asociacion_id, tmp_path,
                                                                             monkeypatch):
    hoy_fijo(monkeypatch, HOY)
    sala = armar(db, asociacion_id)
    # La misma sesión armada igual en otra base: allí se cuentan a mano las mismas boletas.
    otra = abrir_base(tmp_path / "a_mano.db")
    a_mano = armar(otra, crear_asociacion(otra, NuevaAsociacion(
        nombre="Red de Municipios del Litoral", sigla="RML", paises={"AR": "pleno", "BR": "pleno", "UY": "asociado"})))
    assert (a_mano.mocion, a_mano.enmienda, a_mano.candidaturas) == (sala.mocion, sala.enmienda, sala.candidaturas)
    from escritorio.servidor_de_voto.servidor import ServidorDeVoto

    servidor = ServidorDeVoto(ruta_db, sala.sesion, "127.0.0.1", 0, pedidos_por_minuto=100_000,
                              codigos_por_minuto=10_000)   # los 30 teléfonos salen de la misma dirección
    servidor.iniciar()
    try:
        asyncio.run(_la_sesion(sala, a_mano, servidor.url))
    finally:
        servidor.detener()
        otra.close()


async def _la_sesion(sala: Sala, a_mano: Sala, url: str) -> None:
    from playwright.async_api import async_playwright

    c, db = sala.contexto, sala.contexto.db
    codigos = {e.delegacion: e.codigo for e in voto.entregar_codigos(c, sala.sesion)}
    assert sorted(codigos) == sorted(PRESENTES + [CON_PODER])   # la que llega tarde, todavía sin código
    async with async_playwright() as p:
        chromium = await p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        telefonos = []
        for k in range(30):
            contexto = await chromium.new_context(ignore_https_errors=True, locale=IDIOMAS[k % 3],
                                                  viewport={"width": 360, "height": 740})
            telefonos.append(Telefono(contexto, await contexto.new_page(), url))
        # Cada delegación presente entra con su código en su teléfono; la portadora, también con el del poder.
        await asyncio.gather(*(t.entrar(codigos[n]) for t, n in zip(telefonos, PRESENTES)))
        await telefonos[0].entrar(codigos[CON_PODER])
        await telefonos[0].entrar(codigos[PORTADORA])
        # Un código robado: otro teléfono con el código de la 05 no entra.
        pagina = await telefonos[29].entrar(codigos[DELEGACIONES[4]])
        assert 'action="/ingresar"' in pagina and "already in use on another phone" in pagina

        # 1. La enmienda, en secreto.
        urna = voto.abrir_urna(c, sala.sesion, "enmienda", sala.enmienda, secreta=True)
        votantes = list(enumerate(PRESENTES))
        enviados = await _votan((telefonos[k], [sentido_de_la_enmienda(k)]) for k, _ in votantes)
        await telefonos[0].entrar(codigos[CON_PODER])   # la portadora vota también por la que le dio el poder
        await telefonos[0].votar([sentido_de_la_enmienda(30)])
        await telefonos[0].entrar(codigos[PORTADORA])
        # El replay: el mismo formulario otra vez, con las cookies del teléfono.
        respuesta = await telefonos[3].contexto.request.post(url + "votar", form={
            **{k: v for k, v in enviados[3].items() if k != "comprobante_mostrado"},
            "eleccion": sentido_de_la_enmienda(3)}, max_redirects=0)
        assert respuesta.status == 403
        assert voto.cuantos_votaron(db, urna) == (30, 30)
        electronica = voto.cerrar_urna(c, urna)
        cuenta = {s: sum(1 for k in list(range(29)) + [30] if sentido_de_la_enmienda(k) == s)
                  for s in ("a_favor", "en_contra", "abstencion")}
        contada = votar_enmienda(a_mano.contexto, a_mano.enmienda, NuevaVotacion(
            metodo="secreta", a_favor=cuenta["a_favor"], en_contra=cuenta["en_contra"],
            abstenciones=cuenta["abstencion"]))
        assert _sin_fecha(electronica) == _sin_fecha(contada)

        # Llega la 30: con su asistencia marcada recibe su código y entra en el teléfono 30.
        for s in (sala, a_mano):
            registrar_asistencias(s.contexto, s.sesion, [MarcaAsistencia(s.ids[TARDE], "presente")])
        codigos[TARDE] = voto.entregar_codigo(c, sala.sesion, sala.ids[TARDE]).codigo
        await telefonos[29].entrar(codigos[TARDE])
        en_sala = list(enumerate(PRESENTES + [TARDE]))

        # 2. La moción, nominal; la 07 cambia su voto antes del cierre.
        urna = voto.abrir_urna(c, sala.sesion, "mocion", sala.mocion, secreta=False)
        await _votan((telefonos[k], [sentido_de_la_mocion(k)]) for k, _ in en_sala)
        assert sentido_de_la_mocion(6) != "en_contra"
        await telefonos[6].votar(["en_contra"])
        await telefonos[0].entrar(codigos[CON_PODER])
        await telefonos[0].votar([sentido_de_la_mocion(30)])
        await telefonos[0].entrar(codigos[PORTADORA])
        assert voto.cuantos_votaron(db, urna) == (31, 31)
        electronica = voto.cerrar_urna(c, urna)
        nominales = {a_mano.ids[n]: "en_contra" if k == 6 else sentido_de_la_mocion(k) for k, n in en_sala}
        nominales[a_mano.ids[CON_PODER]] = sentido_de_la_mocion(30)
        contada = votar_mocion(a_mano.contexto, a_mano.mocion, NuevaVotacion(metodo="nominal", nominales=nominales))
        assert _sin_fecha(electronica) == _sin_fecha(contada)

        # 3. La elección, en secreto, con varias marcas por boleta.
        urna = voto.abrir_urna(c, sala.sesion, "eleccion", sala.eleccion, secreta=True)
        await _votan((telefonos[k], boleta(k, sala.candidaturas)) for k, _ in en_sala)
        await telefonos[0].entrar(codigos[CON_PODER])
        await telefonos[0].votar(boleta(30, sala.candidaturas))
        assert voto.cuantos_votaron(db, urna) == (31, 31)
        electronica = voto.cerrar_urna(c, urna)
        por_boleta = [[int(m) for m in b] if b != ["blanco"] else "blanco"
                      for b in (boleta(k, a_mano.candidaturas) for k in list(range(30)) + [30])]
        contada = cerrar_eleccion(a_mano.contexto, a_mano.eleccion, Recuento(metodo="secreta", por_boleta=por_boleta))
        assert electronica.texto_resultado == contada.texto_resultado
        assert ([x["votos"] for x in electronica.candidaturas], electronica.boletas, electronica.blancos) == \
            ([x["votos"] for x in contada.candidaturas], contada.boletas, contada.blancos)
        assert electronica.boletas == 31
        await chromium.close()
