"""Un servicio de voto de mentira, SOLO para probar el servidor (TLS, ritmo, cookies, testigos, métodos) sin una
sesión armada: responde como `servicios.voto_electronico` (mismos nombres y errores) con códigos fijos. Las pruebas
del voto de verdad, con los servicios, están en tests/navegador/test_voto_en_la_sala.py."""

import secrets
from dataclasses import dataclass

from escritorio.errores import ErrorEscritorio


@dataclass
class Votante:
    sesion_id: int
    codigo_id: int
    delegacion: str


@dataclass
class Opcion:
    clave: str
    rotulo: str


@dataclass
class Papeleta:
    urna_id: int
    titulo: str
    secreta: bool
    opciones: list
    marcas_min: int = 1
    marcas_max: int = 1
    abierta: bool = True


@dataclass
class Comprobante:
    codigo: str
    huella_corta: str


class ServicioDePrueba:
    """Códigos válidos: los de `codigos` (código -> delegación). Una urna abierta (`papeleta_abierta`) o ninguna."""

    def __init__(self, codigos: dict[str, str], papeleta_abierta: Papeleta | None):
        self.codigos = codigos
        self.papeleta_abierta = papeleta_abierta
        self.depositos: list[tuple[str, int, object, str | None]] = []
        self.votos: dict[str, object] = {}   # código -> última elección
        self.votaron: set[tuple[str, int]] = set()   # (código, urna)

    def identificar(self, db, codigo):
        limpio = codigo.replace("-", "").upper()
        if limpio not in self.codigos:
            raise ErrorEscritorio("Ese código no es de esta sesión o ya no sirve.")
        return Votante(2 if limpio.startswith("OTRA") else 1, sorted(self.codigos).index(limpio), self.codigos[limpio])

    def urna_abierta(self, db, sesion_id):
        return self.papeleta_abierta

    def papeleta(self, db, urna_id):
        if self.papeleta_abierta is None or self.papeleta_abierta.urna_id != urna_id:
            raise ErrorEscritorio("Esa urna está cerrada.")
        return self.papeleta_abierta

    def depositar(self, db, codigo, urna_id, eleccion, comprobante=None):
        self.identificar(db, codigo)
        self.papeleta(db, urna_id)
        if not eleccion:
            raise ErrorEscritorio("Marque una opción.")
        limpio = codigo.replace("-", "").upper()
        if (limpio, urna_id) in self.votaron and comprobante is None:
            raise ErrorEscritorio("Su delegación ya votó en esta urna: para cambiar el voto, escriba el comprobante.")
        comprobante = comprobante or secrets.token_hex(8)
        self.depositos.append((limpio, urna_id, eleccion, comprobante))
        self.votos[limpio] = eleccion
        self.votaron.add((limpio, urna_id))
        return Comprobante(comprobante, comprobante[:4] + " " + comprobante[4:8])


def nominal(urna_id: int = 7) -> Papeleta:
    return Papeleta(urna_id, "Moción 3: aprobar el presupuesto 2027", False,
                    [Opcion("a_favor", "A favor"), Opcion("en_contra", "En contra"), Opcion("abstencion", "Abstención")])


def secreta_de_varias_marcas(urna_id: int = 8) -> Papeleta:
    return Papeleta(urna_id, "Elección del Consejo Directivo", True,
                    [Opcion("11", "Ana Pereira"), Opcion("12", "Bruno Sosa"), Opcion("13", "Carla Díaz"),
                     Opcion("14", "Diego Ruiz")], 1, 3)
