//! Sensitive personal data at rest: AES-256-GCM for the value, an HMAC blind index for
//! finding equal values without decrypting. Both keys derive from `data_key` in the
//! configuration; neither is ever stored in the database.

use aes_gcm::{
    Aes256Gcm, Key, Nonce,
    aead::{Aead, KeyInit},
};
use base64::{Engine, engine::general_purpose::STANDARD};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use crate::error::{AppError, AppResult};

const NONCE_LEN: usize = 12;

#[derive(Clone)]
pub struct DataVault {
    cipher: Aes256Gcm,
    index_key: [u8; 32],
}

impl DataVault {
    /// `data_key` is 32 bytes, base64-encoded. Blind indexes are keyed by `index_key` when
    /// given, by `data_key` otherwise: after a rotation the old data key keeps keying them,
    /// since receipt codes cannot be indexed again (their plain values are never kept).
    pub fn from_config(data_key: &str, index_key: Option<&str>) -> Result<Self, String> {
        let master = master_key(data_key, "data_key")?;
        let index_master = match index_key {
            Some(key) => master_key(key, "index_key")?,
            None => master.clone(),
        };
        let encryption_key = derive(&master, b"watchpost encryption key v1");
        let index_key = derive(&index_master, b"watchpost blind index key v1");
        Ok(Self {
            cipher: Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&encryption_key)),
            index_key,
        })
    }

    /// base64(nonce ‖ ciphertext ‖ tag), with a fresh random nonce each time.
    pub fn seal(&self, plaintext: &str) -> AppResult<String> {
        let mut nonce = [0u8; NONCE_LEN];
        rand::rng().fill_bytes(&mut nonce);
        let ciphertext = self
            .cipher
            .encrypt(Nonce::from_slice(&nonce), plaintext.as_bytes())
            .map_err(|_| AppError::internal(anyhow::anyhow!("encryption failed")))?;
        let mut sealed = nonce.to_vec();
        sealed.extend(ciphertext);
        Ok(STANDARD.encode(sealed))
    }

    pub fn open(&self, sealed: &str) -> AppResult<String> {
        let fail = || {
            AppError::internal(anyhow::anyhow!(
                "a sealed value does not open with this key"
            ))
        };
        let bytes = STANDARD.decode(sealed).map_err(|_| fail())?;
        if bytes.len() <= NONCE_LEN {
            return Err(fail());
        }
        let (nonce, ciphertext) = bytes.split_at(NONCE_LEN);
        let plaintext = self
            .cipher
            .decrypt(Nonce::from_slice(nonce), ciphertext)
            .map_err(|_| fail())?;
        String::from_utf8(plaintext).map_err(|_| fail())
    }

    /// Equal (purpose, value) pairs give equal indexes; nothing else can be read from one.
    pub fn blind_index(&self, purpose: &str, value: &str) -> String {
        let mut mac = hmac_with(&self.index_key);
        mac.update(purpose.as_bytes());
        mac.update(b":");
        mac.update(value.as_bytes());
        hex(&mac.finalize().into_bytes())
    }
}

fn master_key(key: &str, name: &str) -> Result<Vec<u8>, String> {
    let master = STANDARD
        .decode(key.trim())
        .map_err(|_| format!("`{name}` must be base64"))?;
    if master.len() != 32 {
        return Err(format!(
            "`{name}` must decode to 32 bytes (e.g. `openssl rand -base64 32`)"
        ));
    }
    Ok(master)
}

fn derive(master: &[u8], label: &[u8]) -> [u8; 32] {
    let mut mac = hmac_with(master);
    mac.update(label);
    mac.finalize().into_bytes().into()
}

fn hmac_with(key: &[u8]) -> Hmac<Sha256> {
    <Hmac<Sha256> as Mac>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vault(byte: u8) -> DataVault {
        DataVault::from_config(&STANDARD.encode([byte; 32]), None).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn sealed_values_open_only_with_their_key() -> AppResult<()> {
        let sealed = vault(1).seal("430621198001010018")?;
        assert!(!sealed.contains("430621"));
        assert_ne!(
            sealed,
            vault(1).seal("430621198001010018")?,
            "fresh nonce each time"
        );
        assert_eq!(vault(1).open(&sealed)?, "430621198001010018");
        assert!(vault(2).open(&sealed).is_err());
        Ok(())
    }

    #[test]
    fn blind_indexes_match_equal_values_only() {
        let v = vault(1);
        assert_eq!(v.blind_index("id", "x"), v.blind_index("id", "x"));
        assert_ne!(v.blind_index("id", "x"), v.blind_index("id", "y"));
        assert_ne!(v.blind_index("id", "x"), v.blind_index("phone", "x"));
        assert_ne!(v.blind_index("id", "x"), vault(2).blind_index("id", "x"));
    }

    #[test]
    fn a_rotated_vault_keeps_its_indexes_with_the_old_key_as_index_key() {
        let old_key = STANDARD.encode([1u8; 32]);
        let rotated = DataVault::from_config(&STANDARD.encode([2u8; 32]), Some(&old_key))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            rotated.blind_index("receipt", "ABC"),
            vault(1).blind_index("receipt", "ABC")
        );
        let sealed = rotated.seal("x").unwrap_or_default();
        assert!(
            vault(1).open(&sealed).is_err(),
            "sealed under the new key only"
        );
    }

    #[test]
    fn keys_of_the_wrong_size_are_refused() {
        assert!(DataVault::from_config("c2hvcnQ=", None).is_err());
        assert!(DataVault::from_config("not base64!", None).is_err());
    }
}
