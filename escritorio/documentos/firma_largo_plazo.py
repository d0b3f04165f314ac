"""Los niveles de la firma PAdES (ETSI EN 319 142-1) y lo que cada uno necesita, al firmar y al verificar.

- B-B: la firma sola; la hora es la que declara esta computadora. No usa la red.
- B-T: más un sello de tiempo de un servidor (RFC 3161) que prueba cuándo se firmó.
- B-LT: más los datos para validarla a largo plazo, en el almacén de seguridad del PDF (DSS): la cadena de
  certificados hasta la raíz y los datos de revocación (CRL u OCSP) de cada uno, de quien firma y del servidor de
  sello. Con conexión se buscan solos (en las direcciones que dicen los certificados); sin conexión, de los archivos
  que se den (certificados .crt/.cer/.pem y CRL .crl de la autoridad certificante). Sin sello de tiempo se guardan
  igual (la firma se puede validar sin conexión), pero según PAdES queda en B-B: la hora no está probada.
- B-LTA: más un sello de tiempo del documento después del DSS, que protege también esos datos. Necesita el servidor.

`nivel_pedido` dice si lo pedido se puede hacer (y si no, qué falta y cómo darlo); `contexto_para_firmar` junta y
comprueba la cadena y la revocación antes de firmar (con mensajes en castellano en lugar de los de pyHanko);
`nivel_alcanzado` dice, de una firma ya hecha, a qué nivel llega y si la validación a largo plazo es posible.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime

from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .cadena_de_certificados import (DatosDeValidacion, autofirmado, cadena, como_darlos, crl_vigente_de,
                                     direcciones, nombre)

NIVEL_B, NIVEL_T, NIVEL_LT, NIVEL_LTA = "B-B", "B-T", "B-LT", "B-LTA"
NIVELES = (NIVEL_B, NIVEL_T, NIVEL_LT, NIVEL_LTA)
CON_DATOS_DE_VALIDACION = (NIVEL_LT, NIVEL_LTA)


@dataclass(frozen=True)
class Requisitos:
    """Lo que un nivel necesita, para que la ventana muestre los campos que hacen falta y lo explique."""

    sello_tiempo: str        # "no", "opcional" u "obligatorio"
    datos_de_validacion: bool
    explicacion: str


def requisitos(nivel: str) -> Requisitos:
    nivel = nivel_valido(nivel)
    if nivel == NIVEL_B:
        return Requisitos("no", False, traducir("La firma sola, con la hora de esta computadora. No usa la red."))
    if nivel == NIVEL_T:
        return Requisitos("obligatorio", False, traducir(
            "Con un sello de tiempo que prueba cuándo se firmó. Necesita el servidor de sello y conexión."))
    if nivel == NIVEL_LT:
        return Requisitos("opcional", True, traducir(
            "Guarda en el PDF la cadena y la revocación, para validarla sin conexión dentro de años. Con conexión se "
            "buscan solas; sin ella, dé los archivos de su autoridad. Sin sello de tiempo queda en B-B."))
    return Requisitos("obligatorio", True, traducir(
        "B-LT y además un sello de tiempo del documento que protege esos datos. Necesita el servidor de sello y "
        "conexión."))


def nivel_valido(nivel: str) -> str:
    """«b-lt», «LT», «BLT» → «B-LT». ErrorEscritorio si no es un nivel."""
    limpio = (nivel or "").strip().upper().replace("_", "-").replace(" ", "")
    if limpio and not limpio.startswith("B-"):
        limpio = "B-" + limpio.removeprefix("B")
    if limpio not in NIVELES:
        raise ErrorEscritorio(traducir("«{0}» no es un nivel de firma: use B-B, B-T, B-LT o B-LTA. No se firmó nada.")
                              .format(nivel))
    return limpio


def nivel_pedido(nivel: str | None, sello_tiempo: str | None) -> str:
    """El nivel a firmar: el pedido o, si no se pidió ninguno, B-T con servidor de sello y B-B sin él. Si al nivel le
    falta el servidor de sello, o se dio un servidor a un nivel que no lo usa, ErrorEscritorio que lo dice."""
    if not nivel:
        return NIVEL_T if sello_tiempo else NIVEL_B
    nivel = nivel_valido(nivel)
    if nivel == NIVEL_B and sello_tiempo:
        raise ErrorEscritorio(traducir(
            "El nivel B-B es sin sello de tiempo, pero se dio un servidor de sello de tiempo ({0}). Pida el nivel B-T "
            "(o B-LT, B-LTA) para usarlo, o quite el servidor. No se firmó nada.").format(sello_tiempo))
    if requisitos(nivel).sello_tiempo == "obligatorio" and not sello_tiempo:
        raise ErrorEscritorio(traducir(
            "El nivel {0} necesita un servidor de sello de tiempo (RFC 3161) y conexión a Internet. Indique su "
            "dirección con --sello-tiempo URL en la línea de órdenes, o en «Sello de tiempo» en la ventana (su "
            "autoridad certificante le dice cuál usar). Sin conexión, firme en B-B, o en B-LT con los archivos de su "
            "autoridad (certificados de la cadena y CRL). No se firmó nada.").format(nivel))
    return nivel


# --- al firmar: juntar y comprobar la cadena y la revocación -------------------------------------------------------

def _certificados_del_sello(sellador) -> list:
    """Los certificados que trae un sello de tiempo de prueba del servidor (pyHanko lo guarda y lo reusa al firmar)."""
    from pyhanko.sign import DEFAULT_MD

    respuesta = asyncio.run(sellador.async_dummy_response(DEFAULT_MD))
    return [c.chosen for c in respuesta["content"]["certificates"] if c.name == "certificate"]


def _de_sellado(certificados: list):
    """El certificado del servidor de sello (el que tiene el uso «time_stamping») entre los que trajo el sello."""
    return next((c for c in certificados if "time_stamping" in (c.extended_key_usage_value.native
                                                               if c.extended_key_usage_value else [])), None)


def _sin_revocacion(certificado, con_red: bool) -> str:
    emisor = nombre(certificado.issuer)
    crl = direcciones(certificado, "crl")
    donde = traducir(" de {0}").format(crl[0]) if crl else ""
    if con_red:
        servidores = ", ".join(direcciones(certificado, "ocsp") + crl) or traducir("ninguno: el certificado no indica "
                                                                                   "dónde")
        return traducir(
            "No se pudieron obtener los datos de revocación (CRL u OCSP) del certificado «{0}» (servidores: {1}): no "
            "hay conexión, o el servidor no respondió. Sin conexión, descargue en otra computadora la lista de "
            "revocación (CRL) de «{2}»{3} y désela {4}. No se firmó nada.").format(
            nombre(certificado), servidores, emisor, donde, como_darlos("crl"))
    return traducir(
        "Falta la lista de revocación (CRL) de «{0}», que dice si el certificado «{1}» fue revocado. Descárguela{2} "
        "(en otra computadora, si esta no tiene conexión) y désela {3}. Con conexión y sin dar ninguna CRL, el "
        "programa la busca solo. No se firmó nada.").format(emisor, nombre(certificado), donde, como_darlos("crl"))


def _comprobar(certificado, contexto, con_red: bool, *, sello: bool) -> None:
    """Valida el certificado como lo hará pyHanko al firmar, con mensajes en castellano."""
    from pyhanko_certvalidator import CertificateValidator
    from pyhanko_certvalidator.errors import (InsufficientRevinfoError, PathBuildingError, PathValidationError,
                                              RevokedError)

    async def validar():
        try:
            await CertificateValidator(certificado, validation_context=contexto).async_validate_usage(
                set(), {"time_stamping"} if sello else None)
        finally:  # las conexiones que abrió el contexto se cierran en este mismo bucle (el contexto sigue sirviendo)
            await contexto.aclose()

    try:
        asyncio.run(validar())
    except RevokedError:
        raise ErrorEscritorio(traducir("El certificado «{0}» figura REVOCADO en los datos de revocación de su "
                                       "autoridad: ya no sirve para firmar. No se firmó nada.")
                              .format(nombre(certificado))) from None
    except InsufficientRevinfoError:
        raise ErrorEscritorio(_sin_revocacion(certificado, con_red)) from None
    except PathBuildingError:
        raise ErrorEscritorio(traducir(
            "No se pudo armar la cadena del certificado «{0}» hasta su raíz. Dé los certificados de su autoridad "
            "(intermedio y raíz) {1}. No se firmó nada.").format(nombre(certificado), como_darlos())) from None
    except PathValidationError as error:
        raise ErrorEscritorio(traducir(
            "El certificado «{0}» no se pudo validar con los datos de su autoridad ({1}). No se firmó nada.")
            .format(nombre(certificado), type(error).__name__)) from None


def contexto_para_firmar(nivel: str, firmante, sellador, datos: DatosDeValidacion):
    """Para B-LT y B-LTA, el contexto de validación de pyHanko con la cadena y la revocación de quien firma (y del
    servidor de sello, si hay) ya comprobadas; None para B-B y B-T. `firmante`: el SimpleSigner de pyHanko.

    Con CRL dadas en archivos no se usa la red para la revocación (sin conexión); sin ellas, se buscan."""
    from pyhanko_certvalidator import ValidationContext

    if nivel not in CON_DATOS_DE_VALIDACION:
        return None
    con_red = not datos.crls
    conocidos = list(firmante.cert_registry) + list(datos.certificados)
    cadenas = [cadena(firmante.signing_cert, conocidos, con_red=con_red, de_quien=traducir("de quien firma"))]
    if sellador is not None:
        try:
            del_sello = _certificados_del_sello(sellador)
        except Exception:  # noqa: BLE001 - aiohttp y pyHanko lanzan muchos tipos
            raise ErrorEscritorio(traducir(
                "No se pudo obtener el sello de tiempo de {0}: el servidor no respondió o rechazó el pedido. Revise "
                "la conexión y la dirección del servidor. No se firmó nada.").format(sellador.url)) from None
        certificado_del_sello = _de_sellado(del_sello)
        if certificado_del_sello is not None:
            cadenas.append(cadena(certificado_del_sello, conocidos + del_sello, con_red=con_red,
                                  de_quien=traducir("del servidor de sello de tiempo")))
    todos = [c for una in cadenas for c in una]
    raices = [c for c in todos if autofirmado(c)]
    if not con_red:  # sin conexión: cada certificado (menos las raíces) necesita la CRL vigente de su emisor
        for certificado in todos:
            if not autofirmado(certificado) and crl_vigente_de(datos.crls, certificado) is None:
                raise ErrorEscritorio(_sin_revocacion(certificado, False))
    contexto = ValidationContext(trust_roots=raices, other_certs=[c for c in todos if not autofirmado(c)],
                                 crls=datos.crls, allow_fetching=con_red, revocation_mode="require")
    _comprobar(cadenas[0][0], contexto, con_red, sello=False)
    if len(cadenas) > 1:
        _comprobar(cadenas[1][0], contexto, con_red, sello=True)
    return contexto


# --- al verificar: a qué nivel llega una firma -----------------------------------------------------------------------

@dataclass(frozen=True)
class NivelAlcanzado:
    nivel: str            # B-B, B-T, B-LT o B-LTA
    largo_plazo: bool     # el PDF trae lo necesario para validarla sin conexión (cadena y revocación)
    detalle: str


def _token_de_sello(firma):
    """El SignedData del sello de tiempo de la firma (B-T), o None."""
    from pyhanko.sign.validation.generic_cms import extract_tst_data_iter

    try:
        return next(extract_tst_data_iter(firma.signer_info, signed=False), None)
    except Exception:  # noqa: BLE001 - atributos dañados: sin sello
        return None


def almacen_de_validacion(lector):
    """El almacén de seguridad del PDF (DSS, donde B-LT guarda la cadena y la revocación), o None si no tiene."""
    from pyhanko.sign.validation import DocumentSecurityStore

    try:
        return DocumentSecurityStore.read_dss(lector)
    except Exception:  # noqa: BLE001 - NoDSSFoundError u otro: no hay datos de validación
        return None


def _lo_que_falta(firma, token, dss, raices: list, momento: datetime | None) -> str | None:
    """None si los datos del PDF alcanzan para validar la firma (y su sello) sin conexión; si no, qué falta."""
    from pyhanko.sign.validation.generic_cms import extract_certs_for_validation
    from pyhanko_certvalidator import CertificateValidator
    from pyhanko_certvalidator.errors import (InsufficientRevinfoError, PathBuildingError, PathValidationError,
                                              RevokedError, ValidationError)

    del_sello = []
    certificado_del_sello = None
    if token is not None:
        try:
            informacion = extract_certs_for_validation(token)
            certificado_del_sello, del_sello = informacion.signer_cert, list(informacion.other_certs)
        except Exception:  # noqa: BLE001
            certificado_del_sello = None
    en_el_pdf = list(dss.load_certs()) + list(firma.other_embedded_certs) + del_sello
    confiables = list(raices) + [c for c in en_el_pdf + [firma.signer_cert] if autofirmado(c)]
    contexto = dss.as_validation_context({
        "trust_roots": confiables, "other_certs": list(firma.other_embedded_certs) + del_sello,
        "allow_fetching": False, "revocation_mode": "require", "moment": momento, "retroactive_revinfo": True})
    for certificado, uso in ((firma.signer_cert, None), (certificado_del_sello, {"time_stamping"})):
        if certificado is None:
            continue
        try:
            asyncio.run(CertificateValidator(certificado, validation_context=contexto)
                        .async_validate_usage(set(), uso))
        except PathBuildingError:
            return traducir("el PDF no trae la cadena completa del certificado «{0}» hasta su raíz").format(
                nombre(certificado))
        except RevokedError:
            return traducir("según los datos de revocación del PDF, el certificado «{0}» estaba revocado").format(
                nombre(certificado))
        except InsufficientRevinfoError:
            return traducir("el PDF no trae los datos de revocación (CRL u OCSP) del certificado «{0}» o de su "
                            "cadena").format(nombre(certificado))
        except (PathValidationError, ValidationError) as error:
            return traducir("los datos del PDF no alcanzan para validar el certificado «{0}» ({1})").format(
                nombre(certificado), type(error).__name__)
    return None


def nivel_alcanzado(lector, firma, *, momento: datetime | None, raices: list | None = None) -> NivelAlcanzado:
    """A qué nivel llega una firma del PDF abierto con pyHanko (`lector`) y si su validación a largo plazo es
    posible sin conexión. `momento`: la hora de la firma (la del sello de tiempo si tiene)."""
    token = _token_de_sello(firma)
    nivel = NIVEL_T if token is not None else NIVEL_B
    dss = almacen_de_validacion(lector)
    if dss is None:
        return NivelAlcanzado(nivel, False, traducir(
            "validación a largo plazo no posible: el PDF no trae los datos de validación (cadena y revocación); "
            "para eso se firma en B-LT o B-LTA"))
    falta = _lo_que_falta(firma, token, dss, list(raices or []), momento)
    if falta:
        return NivelAlcanzado(nivel, False, traducir("validación a largo plazo no posible: {0}").format(falta))
    if token is None:
        return NivelAlcanzado(NIVEL_B, True, traducir(
            "validación a largo plazo posible: el PDF trae la cadena y los datos de revocación; pero sin sello de "
            "tiempo no llega a B-LT (la hora es la que declaró quien firmó)"))
    sellos_despues = [s for s in lector.embedded_timestamp_signatures if s.signed_revision > firma.signed_revision
                      and "/DSS" in lector.get_historical_root(s.signed_revision)]
    if sellos_despues:
        return NivelAlcanzado(NIVEL_LTA, True, traducir(
            "validación a largo plazo posible: el PDF trae la cadena y los datos de revocación, protegidos por un "
            "sello de tiempo del documento"))
    return NivelAlcanzado(NIVEL_LT, True, traducir(
        "validación a largo plazo posible: el PDF trae la cadena y los datos de revocación"))
