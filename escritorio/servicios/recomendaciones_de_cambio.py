"""Los números de línea del texto de una moción y las recomendaciones de cambio por línea (issue 82, como las
«Änderungsempfehlungen» de OpenSlides): registrarlas, aceptarlas o rechazarlas una por una, listarlas con el texto
numerado y el texto que resulta.

Lo que se decidió (lo que espera una secretaría):
- Las líneas son las del texto PRESENTADO, cortado a 80 caracteres en palabras enteras y numerado seguido a través
  de los párrafos (dominio/lineas.py, ANCHO_DE_LINEA; no cambia nunca, porque las recomendaciones citan esos
  números). La ventana, el acta, el sitio, el proyector y la línea de órdenes usan la misma función.
- Recomienda la secretaría (sin órgano) o un órgano de la asociación (una comisión). Una recomendación cita las
  líneas desde–hasta y propone el texto que las reemplaza (vacío: las suprime), con un motivo si se quiere. Se guarda
  lo que decían esas líneas: si el texto citado ya no es el de la moción, no se acepta (se dice, no se adivina).
- Dos recomendaciones vivas (pendientes o aceptadas) no citan las mismas líneas: la segunda se rechaza con un mensaje
  que nombra la primera. Una rechazada deja libres sus líneas.
- Se deciden una por una (pendiente → aceptada | rechazada) mientras la moción está presentada o admitida; votada (o
  decidida de otro modo), nada cambia; con el acta aprobada, tampoco.
- Con las enmiendas, que citan párrafos: una recomendación no se acepta si una enmienda viva (presentada, admitida o
  aprobada) cambia alguno de los párrafos de sus líneas (o inserta entre ellos), y una enmienda no se presenta sobre
  los párrafos de una recomendación aceptada (servicios.enmiendas.presentar). El mensaje nombra a las dos. Así el
  texto que se vota (el presentado con las recomendaciones aceptadas y las enmiendas aprobadas, el de
  servicios.enmiendas.texto_final) nunca aplica dos cambios al mismo párrafo."""

from dataclasses import dataclass

from ..datos import enmiendas as tabla_enmiendas
from ..datos import recomendaciones_de_cambio as tabla
from ..datos.conexion import transaccion
from ..dominio import lineas as dominio
from ..dominio.enmiendas import Cambio, parrafos, unir
from ..dominio.lineas import ESTADOS_RECOMENDACION_DE_CAMBIO, NOMBRES_ESTADO_RECOMENDACION_DE_CAMBIO, Linea
from ..dominio.mociones import ANTES_DEL_VOTO, rotulo_de_la_mocion
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .campos import LARGO_LARGO, Revision
from .contexto import Contexto
from .enmiendas import mocion_de_la_asociacion, nombre_del_estado
from .mandatos import organo_de_la_asociacion
from .sesiones import exigir_editable, sesion_de_la_asociacion

# Las enmiendas que cuentan para chocar con una recomendación: las que todavía pueden cambiar el texto o ya lo
# cambiaron.
ENMIENDAS_VIVAS = ("presentada", "admitida", "aprobada")
# Las que ocupan sus líneas: pendientes o aceptadas (una rechazada las deja libres).
VIVAS = tuple(e for e in ESTADOS_RECOMENDACION_DE_CAMBIO if e != "rechazada")


@dataclass(frozen=True)
class RecomendacionDeCambio:
    """Una recomendación con lo que se muestra de ella. `vigente`: las líneas citadas dicen todavía lo que decían al
    registrarla. `organo`: el que recomienda (None: la secretaría)."""
    id: int
    numero: int
    desde: int
    hasta: int
    texto_citado: str
    texto: str
    motivo: str | None
    organo_id: int | None
    organo: str | None
    estado: str
    vigente: bool

    @property
    def nombre_estado(self) -> str:
        return traducir(NOMBRES_ESTADO_RECOMENDACION_DE_CAMBIO.get(self.estado, self.estado))

    @property
    def lineas(self) -> str:
        """«línea 3» o «líneas 3–5»."""
        return (traducir("línea {0}").format(self.desde) if self.desde == self.hasta
                else traducir("líneas {0}–{1}").format(self.desde, self.hasta))

    def frase(self) -> str:
        """«Recomendación 2 (de la secretaría), líneas 3–5: suprimirlas. Aceptada.» en el idioma en curso."""
        quien = traducir("de {0}").format(self.organo) if self.organo else traducir("de la secretaría")
        una = self.desde == self.hasta
        if self.texto.strip():
            que = (traducir("reemplazarla por «{0}»") if una else traducir("reemplazarlas por «{0}»")).format(
                " ".join(self.texto.split()))
        else:
            que = traducir("suprimirla") if una else traducir("suprimirlas")
        return traducir("Recomendación {0} ({1}), {2}: {3}. {4}.").format(
            self.numero, quien, self.lineas, que, self.nombre_estado) + (
            " " + traducir("Motivo: {0}").format(self.motivo) if self.motivo else "")


@dataclass(frozen=True)
class RecomendacionesDeLaMocion:
    """El texto presentado de la moción en líneas numeradas, sus recomendaciones por número y el texto que resulta de
    las aceptadas (sin las enmiendas: ese es servicios.enmiendas.texto_final)."""
    mocion_id: int
    sesion_id: int
    numero: int
    rotulo: str
    estado: str
    lineas: tuple[Linea, ...]
    recomendaciones: tuple[RecomendacionDeCambio, ...]
    parrafos_resultantes: tuple[str, ...]

    @property
    def aceptadas(self) -> tuple[RecomendacionDeCambio, ...]:
        return tuple(r for r in self.recomendaciones if r.estado == "aceptada")

    @property
    def texto_resultante(self) -> str:
        return unir(list(self.parrafos_resultantes))


def armar_recomendacion(fila: dict, texto: str) -> RecomendacionDeCambio:
    """La fila de datos.recomendaciones_de_cambio, leída contra el texto presentado de su moción."""
    return RecomendacionDeCambio(
        fila["id"], fila["numero"], fila["desde"], fila["hasta"], fila["texto_citado"], fila["texto"], fila["motivo"],
        fila["organo_id"], fila.get("organo"), fila["estado"],
        fila["texto_citado"] == dominio.texto_de_las_lineas(texto, fila["desde"], fila["hasta"]))


def listar(contexto: Contexto, mocion_id: int) -> RecomendacionesDeLaMocion:
    """El texto numerado de la moción, sus recomendaciones de cambio y el texto con las aceptadas."""
    mocion = mocion_de_la_asociacion(contexto, mocion_id)
    recomendaciones = tuple(armar_recomendacion(f, mocion["texto"]) for f in tabla.recomendaciones_de(contexto.db, mocion_id))
    aceptadas = [dominio.Recomendacion(r.desde, r.hasta, r.texto) for r in recomendaciones if r.estado == "aceptada"]
    return RecomendacionesDeLaMocion(
        mocion_id, mocion["sesion_id"], mocion["numero"], rotulo_de_la_mocion(mocion["numero"], mocion["prefijo"]),
        mocion["estado"], tuple(dominio.lineas(mocion["texto"])), recomendaciones,
        tuple(dominio.texto_resultante(mocion["texto"], aceptadas, [])))


def _antes_del_voto(contexto: Contexto, mocion: dict) -> None:
    exigir_editable(sesion_de_la_asociacion(contexto, mocion["sesion_id"]))
    if mocion["estado"] not in ANTES_DEL_VOTO:
        raise ErrorEscritorio(traducir("{0} está {1}: sus recomendaciones de cambio se registran y deciden antes de "
                                       "votarla.").format(rotulo_de_la_mocion(mocion["numero"], mocion["prefijo"]),
                                                          nombre_del_estado(mocion["estado"])))


def recomendar(contexto: Contexto, mocion_id: int, desde: int, hasta: int, texto: str | None,
               motivo: str | None = None, organo_id: int | None = None) -> RecomendacionDeCambio:
    """Registra, pendiente, la recomendación de cambiar las líneas desde–hasta del texto presentado por `texto`
    (vacío o None: suprimirlas), de la secretaría (`organo_id` None) o de un órgano de la asociación."""
    revision = Revision()
    texto = revision.texto(traducir("Texto recomendado"), texto or "", maximo=LARGO_LARGO, multilinea=True,
                           obligatorio=False) or ""
    motivo = revision.texto(traducir("Motivo"), motivo, maximo=LARGO_LARGO, multilinea=True, obligatorio=False)
    revision.lanzar(traducir("No se registró la recomendación de cambio:"))
    texto = unir(parrafos(texto))
    db = contexto.db
    with transaccion(db):
        mocion = mocion_de_la_asociacion(contexto, mocion_id)
        _antes_del_voto(contexto, mocion)
        if organo_id is not None:
            organo_de_la_asociacion(contexto, organo_id)
        problemas = dominio.errores_de_la_recomendacion(mocion["texto"], desde, hasta, texto)
        if problemas:
            raise ErrorEscritorio(traducir("No se registró la recomendación de cambio:") + " " + " ".join(problemas))
        for otra in tabla.recomendaciones_de(db, mocion_id):
            if otra["estado"] in VIVAS and dominio.se_solapan((desde, hasta), (otra["desde"], otra["hasta"])):
                raise ErrorEscritorio(traducir(
                    "Las líneas {0}–{1} se solapan con la recomendación {2} (líneas {3}–{4}, {5}): dos recomendaciones "
                    "no cambian las mismas líneas. Rechace esa primero o cite otras líneas.").format(
                    desde, hasta, otra["numero"], otra["desde"], otra["hasta"],
                    traducir(NOMBRES_ESTADO_RECOMENDACION_DE_CAMBIO[otra["estado"]]).lower()))
        nueva = tabla.insertar(db, mocion_id, desde, hasta, dominio.texto_de_las_lineas(mocion["texto"], desde, hasta),
                               texto, motivo, organo_id)
    return next(r for r in listar(contexto, mocion_id).recomendaciones if r.id == nueva)


def _de_la_asociacion(contexto: Contexto, recomendacion_id: int) -> tuple[dict, dict]:
    fila = tabla.recomendacion(contexto.db, recomendacion_id)
    if fila is not None:
        try:
            return fila, mocion_de_la_asociacion(contexto, fila["mocion_id"])
        except ErrorEscritorio:
            pass
    raise ErrorEscritorio(traducir("No existe la recomendación de cambio {0} en esta asociación.").format(
        recomendacion_id))


def id_por_numero(contexto: Contexto, mocion_id: int, numero: int) -> int:
    """El id de la «recomendación N» de la moción (así la nombra la línea de órdenes)."""
    mocion_de_la_asociacion(contexto, mocion_id)
    filas = tabla.recomendaciones_de(contexto.db, mocion_id)
    fila = next((f for f in filas if f["numero"] == numero), None)
    if fila is None:
        hay = ", ".join(str(f["numero"]) for f in filas) or traducir("ninguna")
        raise ErrorEscritorio(traducir("La moción no tiene la recomendación de cambio {0} (tiene: {1}).").format(
            numero, hay))
    return fila["id"]


def _choques(contexto: Contexto, mocion: dict, fila: dict) -> list[str]:
    """Las enmiendas vivas que tocan los párrafos de la recomendación, en frases («la enmienda 1, admitida»)."""
    cambios: dict[int, list[Cambio]] = {}
    for c in tabla_enmiendas.cambios_de(contexto.db, mocion["id"]):
        cambios.setdefault(c["enmienda_id"], []).append(Cambio(c["operacion"], c["parrafo"], c["texto"]))
    vivas = {e["id"]: e for e in tabla_enmiendas.enmiendas_de(contexto.db, mocion["id"])
             if e["estado"] in ENMIENDAS_VIVAS}
    chocan = dominio.choques_con_enmiendas(mocion["texto"], (fila["desde"], fila["hasta"]),
                                           {i: cambios.get(i, []) for i in vivas})
    return [traducir("la enmienda {0}, {1}").format(vivas[i]["numero"], nombre_del_estado(vivas[i]["estado"]))
            for i in chocan]


def _decidir(contexto: Contexto, recomendacion_id: int, estado: str) -> RecomendacionDeCambio:
    db = contexto.db
    with transaccion(db):
        fila, mocion = _de_la_asociacion(contexto, recomendacion_id)
        _antes_del_voto(contexto, mocion)
        if fila["estado"] != "pendiente":
            raise ErrorEscritorio(traducir("La recomendación de cambio {0} ya está {1}: se decide una sola vez.").format(
                fila["numero"], traducir(NOMBRES_ESTADO_RECOMENDACION_DE_CAMBIO[fila["estado"]]).lower()))
        if estado == "aceptada":
            if fila["texto_citado"] != dominio.texto_de_las_lineas(mocion["texto"], fila["desde"], fila["hasta"]):
                raise ErrorEscritorio(traducir(
                    "La recomendación de cambio {0} cita las líneas {1}–{2} como decían antes; el texto de la moción "
                    "ya no es ese: no se acepta. Rechácela y registre otra sobre el texto de ahora.").format(
                    fila["numero"], fila["desde"], fila["hasta"]))
            choques = _choques(contexto, mocion, fila)
            if choques:
                primero, ultimo = dominio.parrafos_de(mocion["texto"], fila["desde"], fila["hasta"])
                raise ErrorEscritorio(traducir(
                    "La recomendación de cambio {0} (líneas {1}–{2}, párrafos {3}–{4}) cambia lo mismo que {5}: no se "
                    "aplican dos cambios al mismo párrafo. Decida primero la enmienda (no admitida o retirada) o "
                    "rechace la recomendación.").format(fila["numero"], fila["desde"], fila["hasta"], primero, ultimo,
                                                        "; ".join(choques)))
        tabla.fijar_estado(db, recomendacion_id, estado)
    return next(r for r in listar(contexto, fila["mocion_id"]).recomendaciones if r.id == recomendacion_id)


def aceptar(contexto: Contexto, recomendacion_id: int) -> RecomendacionDeCambio:
    """La sala (o la presidencia) acepta la recomendación: su cambio entra en el texto que se vota."""
    return _decidir(contexto, recomendacion_id, "aceptada")


def rechazar(contexto: Contexto, recomendacion_id: int) -> RecomendacionDeCambio:
    """La recomendación no se acepta: el texto queda como estaba y sus líneas quedan libres."""
    return _decidir(contexto, recomendacion_id, "rechazada")
